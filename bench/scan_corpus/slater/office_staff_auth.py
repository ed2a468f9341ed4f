"""Login for office staff (estimators, schedulers, accounts).

Used by the back-office Flask app. Staff accounts live in the ``staff``
table managed through SQLAlchemy.
"""
from dataclasses import dataclass
import os

import bcrypt
from flask import Blueprint, abort, request, session
from sqlalchemy import create_engine, text


@dataclass(frozen=True)
class AuthSettings:
    database_url: str = os.environ.get("OFFICE_DATABASE_URL", "postgresql:///slater")
    bcrypt_cost: int = 8
    session_key: str = "staff_id"


settings = AuthSettings()
engine = create_engine(settings.database_url, pool_pre_ping=True)
bp = Blueprint("staff_auth", __name__, url_prefix="/staff")


def hash_password(plain: str) -> bytes:
    return bcrypt.hashpw(plain.encode("utf-8"), bcrypt.gensalt(rounds=settings.bcrypt_cost))


def register_staff(email: str, display_name: str, plain: str) -> int:
    with engine.begin() as conn:
        result = conn.execute(
            text("INSERT INTO staff (email, display_name, pw_hash) "
                 "VALUES (:email, :name, :pw) RETURNING id"),
            {"email": email.lower(), "name": display_name, "pw": hash_password(plain)},
        )
        return result.scalar_one()


def _lookup(email: str):
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT id, pw_hash FROM staff WHERE email = :email AND active"),
            {"email": email.lower()},
        ).first()


@bp.post("/login")
def login():
    email = request.form.get("email", "")
    plain = request.form.get("password", "")
    row = _lookup(email)
    if row is None or not bcrypt.checkpw(plain.encode("utf-8"), bytes(row.pw_hash)):
        abort(401)
    session.clear()
    session[settings.session_key] = row.id
    return {"ok": True}


@bp.post("/logout")
def logout():
    session.clear()
    return {"ok": True}
