"""Customer portal login.

Carriage owners and museum registrars sign in to see the progress of their
wheels, approve quotes and download condition reports.
"""
from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from fastapi import APIRouter, Depends, HTTPException, Request, status
from pydantic import BaseModel, EmailStr
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session


@dataclass(frozen=True)
class PortalHashPolicy:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4

    def hasher(self) -> PasswordHasher:
        return PasswordHasher(
            time_cost=self.time_cost,
            memory_cost=self.memory_cost_kib,
            parallelism=self.parallelism,
        )


POLICY = PortalHashPolicy()
_hasher = POLICY.hasher()
router = APIRouter(prefix="/portal")


class LoginForm(BaseModel):
    email: EmailStr
    password: str


def hash_new_password(password: str) -> str:
    return _hasher.hash(password)


def _rehash_if_needed(db: Session, account_id: int, stored: str, password: str) -> None:
    if _hasher.check_needs_rehash(stored):
        db.execute(
            text("UPDATE portal_accounts SET pw_hash = :h WHERE id = :id"),
            {"h": _hasher.hash(password), "id": account_id},
        )
        db.commit()


@router.post("/login")
def login(form: LoginForm, request: Request, db: Session = Depends(get_session)):
    row = db.execute(
        text("SELECT id, pw_hash, display_name FROM portal_accounts WHERE email = :e"),
        {"e": form.email.lower()},
    ).first()
    if row is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Email or password not recognised")
    try:
        _hasher.verify(row.pw_hash, form.password)
    except (VerifyMismatchError, InvalidHashError):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Email or password not recognised")
    _rehash_if_needed(db, row.id, row.pw_hash, form.password)
    request.session.clear()
    request.session["account_id"] = row.id
    return {"welcome": row.display_name}
