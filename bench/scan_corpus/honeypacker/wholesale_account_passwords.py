"""Password management for wholesale buyer accounts (distributors, delis, bakeries)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import bcrypt
from flask import Blueprint, abort, jsonify, request, session

from .db import get_conn

bp = Blueprint("wholesale_password", __name__, url_prefix="/wholesale/account")

BCRYPT_COST = 12
MIN_LENGTH = 12
COMMON_PASSWORDS_FILE = Path(__file__).with_name("common_passwords.txt")


@dataclass
class PasswordChange:
    current: str
    new: str


def _load_common() -> set[str]:
    if not COMMON_PASSWORDS_FILE.exists():
        return set()
    return {line.strip() for line in COMMON_PASSWORDS_FILE.read_text().splitlines() if line.strip()}


_COMMON = _load_common()


def wordlist_checksum() -> str:
    """Checksum of the bundled word list, shown on the admin status page."""
    return hashlib.sha256(COMMON_PASSWORDS_FILE.read_bytes()).hexdigest()


def hash_password(raw: str) -> bytes:
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_COST))


def acceptable(raw: str) -> bool:
    return len(raw) >= MIN_LENGTH and raw.lower() not in _COMMON


@bp.post("/password")
def change_password():
    buyer_id = session.get("buyer_id")
    if buyer_id is None:
        abort(401)
    body = request.get_json(silent=True) or {}
    change = PasswordChange(str(body.get("current", "")), str(body.get("new", "")))
    with get_conn() as conn:
        row = conn.execute("SELECT password_hash FROM buyers WHERE id = %s", (buyer_id,)).fetchone()
        if row is None or not bcrypt.checkpw(change.current.encode("utf-8"), row[0]):
            return jsonify(error="current password is incorrect"), 403
        if not acceptable(change.new):
            return jsonify(error="choose a longer, less common password"), 400
        conn.execute("UPDATE buyers SET password_hash = %s WHERE id = %s", (hash_password(change.new), buyer_id))
    return jsonify(status="changed")
