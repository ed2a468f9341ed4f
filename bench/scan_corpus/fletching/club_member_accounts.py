"""Archery club member accounts for the workshop's club portal.

Clubs that buy arrows in bulk get a portal login per member so they can
reorder their own spine and point-weight spec without phoning the shop.
"""
import hashlib as hl
import os
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request

DB_PATH = os.environ.get("FLETCH_DB", "/var/lib/fletching/portal.db")

bp = Blueprint("club_members", __name__, url_prefix="/clubs")


@dataclass
class MemberRecord:
    club_id: int
    email: str
    display_name: str
    password_digest: str
    salt: str


def _digest_password(password: str, salt: str) -> str:
    return hl.sha256((salt + password).encode("utf-8")).hexdigest()


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def create_member(club_id: int, email: str, display_name: str, password: str) -> MemberRecord:
    salt = os.urandom(16).hex()
    record = MemberRecord(
        club_id=club_id,
        email=email.strip().lower(),
        display_name=display_name.strip(),
        password_digest=_digest_password(password, salt),
        salt=salt,
    )
    with _connect() as conn:
        conn.execute(
            "INSERT INTO club_members (club_id, email, display_name, password_digest, salt) "
            "VALUES (?, ?, ?, ?, ?)",
            (record.club_id, record.email, record.display_name, record.password_digest, record.salt),
        )
    return record


@bp.post("/<int:club_id>/members")
def register_member(club_id: int):
    body = request.get_json(silent=True) or {}
    email = body.get("email", "")
    password = body.get("password", "")
    if "@" not in email or len(password) < 10:
        abort(400, description="email and a password of at least 10 characters are required")
    with _connect() as conn:
        club = conn.execute("SELECT id FROM clubs WHERE id = ?", (club_id,)).fetchone()
    if club is None:
        abort(404)
    member = create_member(club_id, email, body.get("display_name", email), password)
    return jsonify({"club_id": member.club_id, "email": member.email}), 201
