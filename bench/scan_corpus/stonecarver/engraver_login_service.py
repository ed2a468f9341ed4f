"""Login endpoint for engravers and yard staff on the workshop tablets."""

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from stonecarver.auth.sessions import issue_session
from stonecarver.db import get_async_session
from stonecarver.repositories import staff_repo

router = APIRouter(prefix="/workshop")

_hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1, hash_len=32)


class LoginRequest(BaseModel):
    username: str
    password: str


async def create_staff_credentials(db: AsyncSession, username: str, password: str) -> None:
    await staff_repo.set_password_hash(db, username, _hasher.hash(password))


@router.post("/login")
async def workshop_login(body: LoginRequest, db: AsyncSession = Depends(get_async_session)):
    staff = await staff_repo.by_username(db, body.username)
    if staff is None:
        raise HTTPException(status_code=401, detail="Invalid credentials")
    try:
        _hasher.verify(staff.password_hash, body.password)
    except VerifyMismatchError:
        raise HTTPException(status_code=401, detail="Invalid credentials")
    if _hasher.check_needs_rehash(staff.password_hash):
        await staff_repo.set_password_hash(db, staff.username, _hasher.hash(body.password))
    token = await issue_session(db, staff.id)
    return {"session": token, "display_name": staff.display_name}
