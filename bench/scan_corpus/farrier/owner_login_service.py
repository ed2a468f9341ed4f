"""FastAPI login endpoints for the horse-owner portal."""
from __future__ import annotations

import os
import sqlite3
from contextlib import closing

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from fastapi import APIRouter, HTTPException, Request, status
from pydantic import BaseModel, EmailStr, Field

router = APIRouter(prefix="/portal/auth", tags=["owner-portal"])

DB_PATH = os.environ.get("PORTAL_DB_PATH", "/var/lib/farrier/portal.db")
_hasher = PasswordHasher()


class Credentials(BaseModel):
    email: EmailStr
    password: str = Field(min_length=1, max_length=256)


class Registration(Credentials):
    full_name: str = Field(min_length=1, max_length=120)
    password: str = Field(min_length=10, max_length=256)


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


@router.post("/register", status_code=status.HTTP_201_CREATED)
def register(payload: Registration) -> dict:
    encoded = _hasher.hash(payload.password)
    with closing(_connect()) as conn, conn:
        try:
            conn.execute(
                "INSERT INTO owners (email, full_name, password_hash) VALUES (?, ?, ?)",
                (payload.email.lower(), payload.full_name, encoded),
            )
        except sqlite3.IntegrityError:
            raise HTTPException(status.HTTP_409_CONFLICT, "account already exists")
    return {"status": "created"}


@router.post("/login")
def login(payload: Credentials, request: Request) -> dict:
    with closing(_connect()) as conn, conn:
        row = conn.execute(
            "SELECT id, full_name, password_hash FROM owners WHERE email = ?",
            (payload.email.lower(),),
        ).fetchone()
        if row is None:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid email or password")
        try:
            _hasher.verify(row["password_hash"], payload.password)
        except (VerifyMismatchError, InvalidHashError):
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid email or password")
        if _hasher.check_needs_rehash(row["password_hash"]):
            conn.execute(
                "UPDATE owners SET password_hash = ? WHERE id = ?",
                (_hasher.hash(payload.password), row["id"]),
            )
    request.session["owner_id"] = row["id"]
    return {"owner": row["full_name"]}


@router.post("/logout")
def logout(request: Request) -> dict:
    request.session.clear()
    return {"status": "signed out"}
