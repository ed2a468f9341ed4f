"""Customer accounts for the online shop (willow rods, living-willow kits, tools)."""
from __future__ import annotations

import hmac
import secrets
from datetime import datetime, timedelta, timezone
from hashlib import sha256 as _digest

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, EmailStr
from sqlalchemy import select
from sqlalchemy.orm import Session

from osierbeds.shop.db import get_db
from osierbeds.shop.models import Customer, CustomerSession

router = APIRouter(prefix="/api/customers", tags=["customers"])

SESSION_LIFETIME = timedelta(days=14)


class Registration(BaseModel):
    email: EmailStr
    name: str
    password: str


class Credentials(BaseModel):
    email: EmailStr
    password: str


def _salted(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


def hash_password(password: str) -> str:
    salt = secrets.token_hex(16)
    return f"{salt}${_salted(password, salt)}"


def verify_password(password: str, stored: str) -> bool:
    salt, expected = stored.split("$", 1)
    return hmac.compare_digest(_salted(password, salt), expected)


@router.post("", status_code=status.HTTP_201_CREATED)
def register(payload: Registration, db: Session = Depends(get_db)):
    if len(payload.password) < 10:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "password too short")
    email = payload.email.lower()
    if db.scalars(select(Customer).where(Customer.email == email)).first():
        raise HTTPException(status.HTTP_409_CONFLICT, "email already registered")
    customer = Customer(email=email, name=payload.name, password_hash=hash_password(payload.password))
    db.add(customer)
    db.commit()
    db.refresh(customer)
    return {"id": customer.id, "email": customer.email}


@router.post("/login")
def login(payload: Credentials, db: Session = Depends(get_db)):
    customer = db.scalars(select(Customer).where(Customer.email == payload.email.lower())).first()
    if customer is None or not verify_password(payload.password, customer.password_hash):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid email or password")
    token = secrets.token_urlsafe(32)
    db.add(
        CustomerSession(
            customer_id=customer.id,
            token=token,
            expires_at=datetime.now(timezone.utc) + SESSION_LIFETIME,
        )
    )
    db.commit()
    return {"id": customer.id, "name": customer.name, "session_token": token}
