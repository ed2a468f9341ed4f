"""Self-registration for hauliers who collect stone from the quarry.

A haulier signs up with a company email and password, then waits for the
sales office to approve the account before loading slots can be booked.
Many hauliers sign up twice with slightly different email spellings, so a
normalised fingerprint of the address is kept to catch duplicates.
"""

import hashlib
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr
from sqlalchemy import text
from sqlalchemy.orm import Session

from .database import get_session

router = APIRouter(prefix="/hauliers")
_hasher = PasswordHasher()


class HaulierSignup(BaseModel):
    company_name: str
    email: EmailStr
    password: str
    operator_licence: str


def email_fingerprint(email: str) -> str:
    local, _, domain = email.strip().lower().partition("@")
    local = local.split("+", 1)[0].replace(".", "")
    return hashlib.sha256(f"{local}@{domain}".encode()).hexdigest()


@router.post("/signup", status_code=201)
def signup(payload: HaulierSignup, db: Session = Depends(get_session)) -> dict:
    fingerprint = email_fingerprint(payload.email)
    existing = db.execute(
        text("SELECT id FROM hauliers WHERE email_fingerprint = :fp"), {"fp": fingerprint}
    ).first()
    if existing:
        raise HTTPException(status_code=409, detail="An account already exists for this address")
    db.execute(
        text(
            "INSERT INTO hauliers (company_name, email, email_fingerprint, password_hash, "
            "operator_licence, status, created_at) "
            "VALUES (:company, :email, :fp, :pw, :licence, 'pending', :now)"
        ),
        {
            "company": payload.company_name,
            "email": payload.email,
            "fp": fingerprint,
            "pw": _hasher.hash(payload.password),
            "licence": payload.operator_licence.upper(),
            "now": datetime.now(timezone.utc),
        },
    )
    db.commit()
    return {"status": "pending"}


def password_matches(stored_hash: str, candidate: str) -> bool:
    try:
        return _hasher.verify(stored_hash, candidate)
    except VerifyMismatchError:
        return False
