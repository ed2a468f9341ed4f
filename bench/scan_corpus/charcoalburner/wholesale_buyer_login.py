"""FastAPI routes for wholesale buyers ordering restaurant-grade charcoal."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

import bcrypt
from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, EmailStr
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Buyer, BuyerSession

router = APIRouter(prefix="/buyers", tags=["buyers"])


class BuyerPasswordPolicy:
    min_length = 12
    work_factor = 8

    @classmethod
    def salt(cls) -> bytes:
        return bcrypt.gensalt(rounds=cls.work_factor)

    @classmethod
    def hash(cls, password: str) -> str:
        if len(password) < cls.min_length:
            raise ValueError("password too short")
        return bcrypt.hashpw(password.encode("utf-8"), cls.salt()).decode("ascii")

    @staticmethod
    def check(password: str, stored: str) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))


class SignupIn(BaseModel):
    email: EmailStr
    company: str
    password: str


class LoginIn(BaseModel):
    email: EmailStr
    password: str


@router.post("/signup", status_code=status.HTTP_201_CREATED)
def signup(body: SignupIn, db: Session = Depends(get_session)) -> dict:
    if db.scalar(select(Buyer).where(Buyer.email == body.email)):
        raise HTTPException(status.HTTP_409_CONFLICT, "buyer already registered")
    try:
        pw_hash = BuyerPasswordPolicy.hash(body.password)
    except ValueError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from exc
    db.add(Buyer(email=body.email, company=body.company, password_hash=pw_hash))
    db.commit()
    return {"status": "created"}


@router.post("/login")
def login(body: LoginIn, db: Session = Depends(get_session)) -> dict:
    buyer = db.scalar(select(Buyer).where(Buyer.email == body.email))
    if buyer is None or not BuyerPasswordPolicy.check(body.password, buyer.password_hash):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + timedelta(hours=8)
    db.add(BuyerSession(buyer_id=buyer.id, token=token, expires_at=expires))
    db.commit()
    return {"token": token, "expires_at": expires.isoformat()}
