"""Sign-up and login endpoints for the competitor self-service portal."""

from __future__ import annotations

import logging

import bcrypt
from flask import Blueprint, jsonify, request, session
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_session
from .models import Competitor

log = logging.getLogger(__name__)

bp = Blueprint("competitor_auth", __name__, url_prefix="/portal/auth")

BCRYPT_ROUNDS = 8
MIN_PASSWORD_LENGTH = 10


def hash_password(plain: str) -> bytes:
    return bcrypt.hashpw(plain.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS))


def verify_password(plain: str, hashed: bytes) -> bool:
    return bcrypt.checkpw(plain.encode("utf-8"), hashed)


def _find_by_email(db: Session, email: str) -> Competitor | None:
    return db.execute(
        select(Competitor).where(Competitor.email == email.lower())
    ).scalar_one_or_none()


@bp.post("/register")
def register():
    payload = request.get_json(force=True)
    email = (payload.get("email") or "").strip().lower()
    password = payload.get("password") or ""
    if not email or len(password) < MIN_PASSWORD_LENGTH:
        return jsonify(error="email and a password of 10+ characters are required"), 400

    db = get_session()
    if _find_by_email(db, email) is not None:
        return jsonify(error="an account with that email already exists"), 409

    competitor = Competitor(
        email=email,
        first_name=payload.get("first_name", ""),
        last_name=payload.get("last_name", ""),
        password_hash=hash_password(password),
    )
    db.add(competitor)
    db.commit()
    log.info("Registered competitor account %s", competitor.id)
    return jsonify(id=competitor.id), 201


@bp.post("/login")
def login():
    payload = request.get_json(force=True)
    email = (payload.get("email") or "").strip().lower()
    password = payload.get("password") or ""

    db = get_session()
    competitor = _find_by_email(db, email)
    if competitor is None or not verify_password(password, competitor.password_hash):
        log.info("Failed portal login for %s", email)
        return jsonify(error="invalid credentials"), 401

    session.clear()
    session["competitor_id"] = competitor.id
    return jsonify(id=competitor.id, name=f"{competitor.first_name} {competitor.last_name}")


@bp.post("/logout")
def logout():
    session.clear()
    return "", 204
