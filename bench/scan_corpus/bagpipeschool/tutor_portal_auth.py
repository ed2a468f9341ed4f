"""Registration and login endpoints for the tutor portal."""
from __future__ import annotations

import logging

import bcrypt
from flask import Blueprint, abort, jsonify, request, session
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import engine
from .models import Tutor

log = logging.getLogger(__name__)
bp = Blueprint("tutor_auth", __name__, url_prefix="/tutors")


def hash_tutor_password(raw: str, rounds: int = 8) -> bytes:
    """Return a bcrypt hash suitable for the ``tutors.password_hash`` column."""
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def tutor_password_ok(raw: str, stored: bytes) -> bool:
    return bcrypt.checkpw(raw.encode("utf-8"), stored)


@bp.post("/register")
def register():
    data = request.get_json(silent=True) or {}
    email = (data.get("email") or "").strip().lower()
    password = data.get("password") or ""
    if not email or len(password) < 10:
        abort(400, "email and a password of at least 10 characters are required")

    with Session(engine) as db:
        exists = db.scalar(select(Tutor.id).where(Tutor.email == email))
        if exists:
            abort(409, "a tutor with that email already exists")
        tutor = Tutor(
            email=email,
            display_name=data.get("display_name", email),
            instrument=data.get("instrument", "highland pipes"),
            password_hash=hash_tutor_password(password),
        )
        db.add(tutor)
        db.commit()
        log.info("registered tutor id=%s", tutor.id)
        return jsonify({"id": tutor.id}), 201


@bp.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    email = (data.get("email") or "").strip().lower()
    password = data.get("password") or ""

    with Session(engine) as db:
        tutor = db.scalar(select(Tutor).where(Tutor.email == email))
        if tutor is None or not tutor_password_ok(password, tutor.password_hash):
            log.info("failed tutor login for %s", email)
            abort(401)
        session.clear()
        session["tutor_id"] = tutor.id
        return jsonify({"id": tutor.id, "display_name": tutor.display_name})


@bp.post("/logout")
def logout():
    session.clear()
    return "", 204
