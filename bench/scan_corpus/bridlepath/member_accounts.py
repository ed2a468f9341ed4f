"""Rider membership accounts: sign-up and sign-in for the members' area."""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import asdict, dataclass

from flask import Blueprint, current_app, jsonify, request, session

bp = Blueprint("members", __name__, url_prefix="/members")

SALT_BYTES = 16
TIERS = {"individual", "family", "junior", "riding-school"}


@dataclass
class Member:
    id: int
    email: str
    tier: str


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["MEMBERS_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def _digest(password: str, salt: bytes) -> str:
    return hashlib.sha256(salt + password.encode("utf-8")).hexdigest()


@bp.post("/register")
def register():
    form = request.get_json(force=True)
    email = form["email"].strip().lower()
    tier = form.get("tier", "individual")
    if tier not in TIERS:
        return jsonify(error="unknown membership tier"), 400
    if len(form.get("password", "")) < 10:
        return jsonify(error="password too short"), 400
    salt = os.urandom(SALT_BYTES)
    with _db() as conn:
        conn.execute(
            "INSERT INTO members (email, tier, pw_salt, pw_hash) VALUES (?, ?, ?, ?)",
            (email, tier, salt.hex(), _digest(form["password"], salt)),
        )
    return jsonify(status="created"), 201


@bp.post("/login")
def login():
    form = request.get_json(force=True)
    email = form["email"].strip().lower()
    with _db() as conn:
        row = conn.execute(
            "SELECT id, email, tier, pw_salt, pw_hash FROM members WHERE email = ?",
            (email,),
        ).fetchone()
    if row is None:
        return jsonify(error="invalid credentials"), 401
    candidate = _digest(form["password"], bytes.fromhex(row["pw_salt"]))
    if not hmac.compare_digest(candidate, row["pw_hash"]):
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["member_id"] = row["id"]
    return jsonify(asdict(Member(row["id"], row["email"], row["tier"])))
