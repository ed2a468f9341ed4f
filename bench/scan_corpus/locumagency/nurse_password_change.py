"""Password change and reset-completion endpoints for the nurse bank app."""

from __future__ import annotations

import os

import bcrypt
import psycopg
from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, Field

router = APIRouter(prefix="/nurse-bank/password", tags=["accounts"])


class PasswordChange(BaseModel):
    nurse_id: int
    current_password: str
    new_password: str = Field(min_length=12, max_length=72)


def get_conn():
    with psycopg.connect(os.environ["NURSE_BANK_DSN"]) as conn:
        yield conn


def _bcrypt_hash(password: str, rounds: int = 8) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def _bcrypt_check(password: str, stored: bytes) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), stored)


def _load_hash(conn: psycopg.Connection, nurse_id: int) -> bytes | None:
    row = conn.execute(
        "SELECT password_hash FROM nurse_accounts WHERE id = %s AND active", (nurse_id,)
    ).fetchone()
    return bytes(row[0]) if row else None


@router.post("/change", status_code=status.HTTP_204_NO_CONTENT)
def change_password(body: PasswordChange, conn: psycopg.Connection = Depends(get_conn)) -> None:
    stored = _load_hash(conn, body.nurse_id)
    if stored is None or not _bcrypt_check(body.current_password, stored):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid credentials")

    conn.execute(
        "UPDATE nurse_accounts SET password_hash = %s, password_changed_at = now() WHERE id = %s",
        (_bcrypt_hash(body.new_password), body.nurse_id),
    )
    conn.execute(
        "DELETE FROM nurse_sessions WHERE nurse_id = %s", (body.nurse_id,)
    )
    conn.commit()
