"""Cleaners sign in to the changeover app with their phone number and a passphrase."""
from __future__ import annotations

import bcrypt
from flask import Blueprint, abort, jsonify, request, session
from sqlalchemy import select

from .db import get_session
from .models import Cleaner

bp = Blueprint("cleaner_login", __name__, url_prefix="/rota")


class PassphraseHasher:
    """Keeps the bcrypt cost factor in one place so it can be raised later."""

    COST = 12

    @classmethod
    def make(cls, plain: str) -> bytes:
        return bcrypt.hashpw(plain.encode("utf-8"), bcrypt.gensalt(rounds=cls.COST))

    @staticmethod
    def matches(plain: str, stored: bytes) -> bool:
        return bcrypt.checkpw(plain.encode("utf-8"), stored)

    @classmethod
    def outdated(cls, stored: bytes) -> bool:
        return int(stored.split(b"$")[2]) < cls.COST


@bp.post("/set-passphrase")
def set_passphrase():
    cleaner_id = session.get("cleaner_id")
    if cleaner_id is None:
        abort(401)
    new = str(request.get_json(force=True).get("passphrase", ""))
    if len(new) < 10:
        abort(400, "passphrase too short")
    db = get_session()
    cleaner = db.get(Cleaner, cleaner_id)
    cleaner.passphrase_hash = PassphraseHasher.make(new)
    db.commit()
    return jsonify({"ok": True})


@bp.post("/login")
def login():
    data = request.get_json(force=True)
    phone = str(data.get("phone", "")).strip()
    db = get_session()
    cleaner = db.execute(select(Cleaner).where(Cleaner.phone == phone)).scalar_one_or_none()
    if cleaner is None or not PassphraseHasher.matches(str(data.get("passphrase", "")), cleaner.passphrase_hash):
        abort(401)
    if PassphraseHasher.outdated(cleaner.passphrase_hash):
        cleaner.passphrase_hash = PassphraseHasher.make(str(data["passphrase"]))
        db.commit()
    session.clear()
    session["cleaner_id"] = cleaner.id
    return jsonify({"ok": True, "name": cleaner.name})
