"""Login service for the wheelhouse tablet app.

Skippers sign in on the wheelhouse tablet at the start of each shift to
open the passenger count log and the pre-departure checklist. Accounts
are created by the operations office when a skipper joins the roster.
"""
import os
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel
from sqlalchemy import create_engine, text

router = APIRouter(prefix="/wheelhouse")
engine = create_engine(os.environ["WHEELHOUSE_DATABASE_URL"], pool_pre_ping=True)
hasher = PasswordHasher()


class SkipperLogin(BaseModel):
    badge_no: str
    password: str
    vessel_code: str


def hash_new_password(password: str) -> str:
    return hasher.hash(password)


def _load_skipper(badge_no: str):
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT id, badge_no, password_hash FROM skippers WHERE badge_no = :badge"),
            {"badge": badge_no},
        ).first()


def _store_rehash(skipper_id: int, password: str) -> None:
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE skippers SET password_hash = :h WHERE id = :id"),
            {"h": hasher.hash(password), "id": skipper_id},
        )


@router.post("/login")
def login(body: SkipperLogin) -> dict:
    row = _load_skipper(body.badge_no)
    if row is None:
        raise HTTPException(status_code=401, detail="unknown badge or wrong password")
    try:
        hasher.verify(row.password_hash, body.password)
    except (VerifyMismatchError, InvalidHashError):
        raise HTTPException(status_code=401, detail="unknown badge or wrong password")
    if hasher.check_needs_rehash(row.password_hash):
        _store_rehash(row.id, body.password)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO shift_sign_ins (skipper_id, vessel_code, signed_in_at) "
                "VALUES (:sid, :vessel, :at)"
            ),
            {"sid": row.id, "vessel": body.vessel_code, "at": datetime.now(timezone.utc)},
        )
    return {"skipper_id": row.id, "vessel_code": body.vessel_code}
