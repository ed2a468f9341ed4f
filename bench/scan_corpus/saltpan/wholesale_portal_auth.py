"""FastAPI login for wholesale buyers (distributors and delis).

Buyers log in to see their contract price list, open pallets and the export
paperwork attached to each shipment.
"""
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError, VerifyMismatchError
from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter(prefix="/wholesale")

hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4, hash_len=32)


class LoginBody(BaseModel):
    buyer_email: str
    password: str


class RegisterBody(LoginBody):
    company_name: str
    vat_number: str


@router.post("/register", status_code=status.HTTP_201_CREATED)
def register(body: RegisterBody, db: Session = Depends(get_session)):
    db.execute(
        text("INSERT INTO wholesale_buyers (email, company_name, vat_number, password_hash, created_at) "
             "VALUES (:email, :company, :vat, :pw, :ts)"),
        {"email": body.buyer_email.lower(), "company": body.company_name,
         "vat": body.vat_number, "pw": hasher.hash(body.password),
         "ts": datetime.now(timezone.utc)},
    )
    db.commit()
    return {"status": "registered"}


@router.post("/login")
def login(body: LoginBody, db: Session = Depends(get_session)):
    row = db.execute(
        text("SELECT id, password_hash FROM wholesale_buyers WHERE email = :email"),
        {"email": body.buyer_email.lower()},
    ).first()
    if row is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    try:
        hasher.verify(row.password_hash, body.password)
    except (VerifyMismatchError, VerificationError):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")
    if hasher.check_needs_rehash(row.password_hash):
        db.execute(text("UPDATE wholesale_buyers SET password_hash = :pw WHERE id = :id"),
                   {"pw": hasher.hash(body.password), "id": row.id})
        db.commit()
    return {"buyer_id": row.id}
