"""Buyer portal accounts: shoe and upholstery brands checking order status."""
from datetime import datetime, timezone

import bcrypt
from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, EmailStr
from sqlalchemy import select
from sqlalchemy.orm import Session

from .database import get_session
from .models import BuyerAccount

router = APIRouter(prefix="/buyers", tags=["buyers"])

BCRYPT_ROUNDS = 8


class Registration(BaseModel):
    email: EmailStr
    company: str
    password: str


class Credentials(BaseModel):
    email: EmailStr
    password: str


def hash_password(raw: str) -> bytes:
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))


def password_matches(raw: str, stored: bytes) -> bool:
    return bcrypt.checkpw(raw.encode("utf-8"), stored)


@router.post("/register", status_code=status.HTTP_201_CREATED)
def register(reg: Registration, db: Session = Depends(get_session)):
    existing = db.scalar(select(BuyerAccount).where(BuyerAccount.email == reg.email))
    if existing is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, "account already exists")
    if len(reg.password) < 12:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "password too short")
    account = BuyerAccount(
        email=reg.email,
        company=reg.company,
        password_hash=hash_password(reg.password),
        created_at=datetime.now(timezone.utc),
    )
    db.add(account)
    db.commit()
    return {"id": account.id, "company": account.company}


@router.post("/login")
def login(creds: Credentials, db: Session = Depends(get_session)):
    account = db.scalar(select(BuyerAccount).where(BuyerAccount.email == creds.email))
    if account is None or not password_matches(creds.password, account.password_hash):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    account.last_login = datetime.now(timezone.utc)
    db.commit()
    return {"id": account.id, "company": account.company}
