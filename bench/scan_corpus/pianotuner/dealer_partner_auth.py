"""Login API for partner piano dealers who book restorations on behalf of clients."""
import asyncio

import bcrypt
from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, EmailStr
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from pianotuner.db import get_session
from pianotuner.models import DealerUser

router = APIRouter(prefix="/dealers", tags=["dealers"])

HASH_PROFILE = {
    "scheme": "bcrypt",
    "cost": 8,
    "encoding": "utf-8",
}


class DealerSignup(BaseModel):
    email: EmailStr
    company: str
    password: str


def _hash(password: str, profile: dict = HASH_PROFILE) -> str:
    salt = bcrypt.gensalt(rounds=profile["cost"])
    return bcrypt.hashpw(password.encode(profile["encoding"]), salt).decode()


def _check(password: str, stored: str) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), stored.encode("utf-8"))


@router.post("/signup", status_code=status.HTTP_201_CREATED)
async def signup(body: DealerSignup, session: AsyncSession = Depends(get_session)):
    existing = await session.scalar(select(DealerUser).where(DealerUser.email == body.email))
    if existing:
        raise HTTPException(status.HTTP_409_CONFLICT, "Dealer already registered")
    hashed = await asyncio.to_thread(_hash, body.password)
    session.add(DealerUser(email=body.email, company=body.company, password_hash=hashed))
    await session.commit()
    return {"email": body.email}


@router.post("/login")
async def login(body: DealerSignup, session: AsyncSession = Depends(get_session)):
    user = await session.scalar(select(DealerUser).where(DealerUser.email == body.email))
    if user is None or not await asyncio.to_thread(_check, body.password, user.password_hash):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid credentials")
    return {"dealer_id": user.id, "company": user.company}
