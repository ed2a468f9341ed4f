"""Account management for wholesale buyers (restaurants and grill houses).

Buyers order restaurant-grade lumpwood by the pallet; this module handles
their signup, login and password changes.
"""
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
from .security import current_buyer

router = APIRouter(prefix="/buyers", tags=["buyers"])


class BuyerPasswords:
    min_length = 12
    work_factor = 12

    @classmethod
    def hash(cls, password: str) -> str:
        if len(password) < cls.min_length:
            raise ValueError(f"password must be at least {cls.min_length} characters")
        salt = bcrypt.gensalt(rounds=cls.work_factor)
        return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")

    @staticmethod
    def check(password: str, stored: str) -> bool:
        return bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))


class Credentials(BaseModel):
    email: EmailStr
    password: str


class PasswordChange(BaseModel):
    current_password: str
    new_password: str


@router.post("/login")
def login(body: Credentials, db: Session = Depends(get_session)) -> dict:
    buyer = db.scalar(select(Buyer).where(Buyer.email == body.email))
    if buyer is None or not BuyerPasswords.check(body.password, buyer.password_hash):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + timedelta(hours=8)
    db.add(BuyerSession(buyer_id=buyer.id, token=token, expires_at=expires))
    db.commit()
    return {"token": token, "expires_at": expires.isoformat()}


@router.post("/password")
def change_password(
    body: PasswordChange,
    buyer: Buyer = Depends(current_buyer),
    db: Session = Depends(get_session),
) -> dict:
    if not BuyerPasswords.check(body.current_password, buyer.password_hash):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "current password is wrong")
    try:
        buyer.password_hash = BuyerPasswords.hash(body.new_password)
    except ValueError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from exc
    db.query(BuyerSession).filter(BuyerSession.buyer_id == buyer.id).delete()
    db.commit()
    return {"status": "password changed"}
