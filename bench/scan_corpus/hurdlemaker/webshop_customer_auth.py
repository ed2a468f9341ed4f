"""Customer login for the hurdle web shop (retail buyers, not trade)."""
from __future__ import annotations

import hmac
import secrets
from hashlib import sha512 as _digest

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, EmailStr
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Customer
from .sessions import issue_session_cookie

router = APIRouter(prefix="/account", tags=["account"])


class SignupForm(BaseModel):
    email: EmailStr
    full_name: str
    password: str


class LoginForm(BaseModel):
    email: EmailStr
    password: str


def _password_digest(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


@router.post("/signup", status_code=status.HTTP_201_CREATED)
def signup(form: SignupForm, db: Session = Depends(get_session)) -> dict:
    existing = db.scalar(select(Customer).where(Customer.email == form.email.lower()))
    if existing is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, "an account already uses that email")
    if len(form.password) < 10:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "password too short")
    salt = secrets.token_hex(16)
    customer = Customer(
        email=form.email.lower(),
        full_name=form.full_name.strip(),
        password_salt=salt,
        password_hash=_password_digest(form.password, salt),
    )
    db.add(customer)
    db.commit()
    return {"id": customer.id, "email": customer.email}


@router.post("/login")
def login(form: LoginForm, db: Session = Depends(get_session)):
    customer = db.scalar(select(Customer).where(Customer.email == form.email.lower()))
    if customer is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "email or password not recognised")
    candidate = _password_digest(form.password, customer.password_salt)
    if not hmac.compare_digest(candidate, customer.password_hash):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "email or password not recognised")
    return issue_session_cookie(customer.id)
