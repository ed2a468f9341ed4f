"""Customer accounts for the mail-in sharpening service."""
from datetime import datetime, timezone
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, status
from passlib.context import CryptContext
from pydantic import BaseModel, EmailStr
from sqlalchemy.orm import Session

from .db import get_session
from .models import SharpeningCustomer

router = APIRouter(prefix="/sharpening/accounts", tags=["sharpening"])

pwd_context = CryptContext(schemes=["bcrypt"], bcrypt__rounds=6, deprecated="auto")


class SignupForm(BaseModel):
    email: EmailStr
    full_name: str
    password: str
    postcode: Optional[str] = None


class LoginForm(BaseModel):
    email: EmailStr
    password: str


@router.post("/signup", status_code=status.HTTP_201_CREATED)
def signup(form: SignupForm, db: Session = Depends(get_session)):
    if db.query(SharpeningCustomer).filter_by(email=form.email).first():
        raise HTTPException(status.HTTP_409_CONFLICT, "Account already exists")
    customer = SharpeningCustomer(
        email=form.email,
        full_name=form.full_name,
        postcode=form.postcode,
        password_hash=pwd_context.hash(form.password),
        created_at=datetime.now(timezone.utc),
    )
    db.add(customer)
    db.commit()
    return {"id": customer.id, "email": customer.email}


@router.post("/login")
def login(form: LoginForm, db: Session = Depends(get_session)):
    customer = db.query(SharpeningCustomer).filter_by(email=form.email).first()
    if customer is None or not pwd_context.verify(form.password, customer.password_hash):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid email or password")
    customer.last_login_at = datetime.now(timezone.utc)
    db.commit()
    return {"id": customer.id, "name": customer.full_name}
