"""Password context and login endpoint for the member portal API."""
from fastapi import APIRouter, Depends, HTTPException, status
from passlib.context import CryptContext
from pydantic import BaseModel, EmailStr
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bellringer.api.deps import get_db, issue_session
from bellringer.models import RingerAccount

pwd_context = CryptContext(
    schemes=["argon2", "bcrypt"],
    deprecated="auto",
    argon2__memory_cost=65536,
    argon2__time_cost=3,
    argon2__parallelism=4,
    bcrypt__rounds=12,
)

router = APIRouter(prefix="/auth", tags=["auth"])


class LoginRequest(BaseModel):
    email: EmailStr
    password: str


async def _find_account(db: AsyncSession, email: str) -> RingerAccount | None:
    result = await db.execute(select(RingerAccount).where(RingerAccount.email == email.lower()))
    return result.scalar_one_or_none()


@router.post("/login")
async def login(body: LoginRequest, db: AsyncSession = Depends(get_db)):
    account = await _find_account(db, body.email)
    if account is None or not account.password_hash:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid email or password")
    valid, new_hash = pwd_context.verify_and_update(body.password, account.password_hash)
    if not valid:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid email or password")
    if new_hash:
        account.password_hash = new_hash
        await db.commit()
    return await issue_session(account)


def hash_new_password(password: str) -> str:
    return pwd_context.hash(password)
