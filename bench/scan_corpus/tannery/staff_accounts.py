"""Staff account management for the tannery back office.

Used by the yard, drum-house and finishing supervisors to log in to the
hide intake and batch screens.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request

from .auth import require_role
from .db import get_connection

bp = Blueprint("staff_accounts", __name__, url_prefix="/staff")

ROLES = {"yard", "drum_house", "finishing", "qa", "admin"}


@dataclass
class StaffMember:
    username: str
    role: str
    password_digest: str
    salt: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def _digest(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


def make_member(username: str, role: str, password: str) -> StaffMember:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    salt = os.urandom(16)
    return StaffMember(username=username, role=role,
                       password_digest=_digest(password, salt), salt=salt.hex())


def check_password(member: StaffMember, password: str) -> bool:
    candidate = _digest(password, bytes.fromhex(member.salt))
    return hmac.compare_digest(candidate, member.password_digest)


@bp.post("/")
@require_role("admin")
def create_staff():
    body = request.get_json(force=True)
    member = make_member(body["username"], body["role"], body["password"])
    with get_connection() as conn:
        conn.execute(
            "INSERT INTO staff (username, role, password_digest, salt, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (member.username, member.role, member.password_digest,
             member.salt, member.created_at.isoformat()),
        )
    return jsonify({"username": member.username, "role": member.role}), 201


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    with get_connection() as conn:
        row = conn.execute(
            "SELECT username, role, password_digest, salt FROM staff WHERE username = ?",
            (body.get("username", ""),),
        ).fetchone()
    if row is None:
        abort(401)
    member = StaffMember(*row)
    if not check_password(member, body.get("password", "")):
        abort(401)
    return jsonify({"username": member.username, "role": member.role})
