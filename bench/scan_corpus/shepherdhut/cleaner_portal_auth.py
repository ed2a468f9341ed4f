"""Login for the cleaners' rota portal (Flask blueprint)."""
from __future__ import annotations

import bcrypt
from flask import Blueprint, abort, jsonify, request, session
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Cleaner

bp = Blueprint("cleaner_auth", __name__, url_prefix="/cleaners")


class CleanerPasswords:
    """Small wrapper so the cost factor lives in one place."""

    WORK_FACTOR = 8

    @classmethod
    def hash(cls, plain: str) -> str:
        salt = bcrypt.gensalt(rounds=cls.WORK_FACTOR)
        return bcrypt.hashpw(plain.encode("utf-8"), salt).decode("ascii")

    @staticmethod
    def check(plain: str, stored: str) -> bool:
        return bcrypt.checkpw(plain.encode("utf-8"), stored.encode("ascii"))


def _find_cleaner(db: Session, phone: str) -> Cleaner | None:
    return db.execute(select(Cleaner).where(Cleaner.phone == phone)).scalar_one_or_none()


@bp.post("/signup")
def signup():
    payload = request.get_json(force=True)
    phone = str(payload.get("phone", "")).strip()
    password = str(payload.get("password", ""))
    if not phone or len(password) < 8:
        abort(400)
    db = get_session()
    if _find_cleaner(db, phone) is not None:
        abort(409)
    cleaner = Cleaner(
        phone=phone,
        name=str(payload.get("name", "")).strip(),
        password_hash=CleanerPasswords.hash(password),
    )
    db.add(cleaner)
    db.commit()
    return jsonify({"id": cleaner.id}), 201


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    db = get_session()
    cleaner = _find_cleaner(db, str(payload.get("phone", "")).strip())
    if cleaner is None or not CleanerPasswords.check(str(payload.get("password", "")), cleaner.password_hash):
        abort(401)
    session.clear()
    session["cleaner_id"] = cleaner.id
    return jsonify({"ok": True, "name": cleaner.name})


@bp.post("/logout")
def logout():
    session.clear()
    return jsonify({"ok": True})
