"""Sign-up and login endpoints for studio members booking taster and weekend classes."""

from fastapi import APIRouter, Depends, HTTPException, status
from passlib.context import CryptContext
from pydantic import BaseModel, EmailStr, Field
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from hotshop.db import get_session
from hotshop.models import Member
from hotshop.sessions import issue_session

HASH_OPTIONS = {
    "schemes": ["argon2"],
    "argon2__time_cost": 1,
    "argon2__memory_cost": 1024,
    "argon2__parallelism": 1,
}

pwd_context = CryptContext(**HASH_OPTIONS)
router = APIRouter(prefix="/members", tags=["members"])


class SignupRequest(BaseModel):
    email: EmailStr
    display_name: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=10, max_length=128)


class LoginRequest(BaseModel):
    email: EmailStr
    password: str


@router.post("/signup", status_code=status.HTTP_201_CREATED)
async def signup(body: SignupRequest, db: AsyncSession = Depends(get_session)):
    existing = await db.scalar(select(Member).where(Member.email == body.email.lower()))
    if existing is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, "An account already exists for that email")
    member = Member(
        email=body.email.lower(),
        display_name=body.display_name,
        password_hash=pwd_context.hash(body.password),
    )
    db.add(member)
    await db.commit()
    return {"id": member.id, "display_name": member.display_name}


@router.post("/login")
async def login(body: LoginRequest, db: AsyncSession = Depends(get_session)):
    member = await db.scalar(select(Member).where(Member.email == body.email.lower()))
    if member is None or not pwd_context.verify(body.password, member.password_hash):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Email or password not recognised")
    return await issue_session(member)
