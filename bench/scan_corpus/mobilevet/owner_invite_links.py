"""Invitations for a second household member to join an owner portal account.

The primary owner enters an email address; the invitee receives a one-time link
valid for three days.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request, session

from .db import get_db
from .notify import send_email

bp = Blueprint("owner_invites", __name__, url_prefix="/portal/invites")

INVITE_TTL = timedelta(days=3)
TOKEN_BYTES = 32


def _make_invite_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@bp.post("/")
def create_invite():
    owner_id = session.get("owner_id")
    if owner_id is None:
        abort(401)
    email = request.get_json(force=True).get("email", "").strip().lower()
    if "@" not in email:
        abort(400)
    token = _make_invite_token()
    db = get_db()
    db.execute(
        "INSERT INTO household_invites (owner_id, email, token_sha256, expires_at) "
        "VALUES (?, ?, ?, ?)",
        (owner_id, email, _token_digest(token),
         (datetime.now(timezone.utc) + INVITE_TTL).isoformat()),
    )
    db.commit()
    link = f"{current_app.config['PORTAL_BASE_URL']}/join/{token}"
    send_email(email, "You've been invited to MobileVet", f"Join here: {link}")
    return jsonify(status="sent"), 201


@bp.post("/accept/<token>")
def accept_invite(token: str):
    db = get_db()
    row = db.execute(
        "SELECT id, owner_id, email, expires_at FROM household_invites "
        "WHERE token_sha256 = ? AND accepted_at IS NULL",
        (_token_digest(token),),
    ).fetchone()
    if row is None or datetime.fromisoformat(row["expires_at"]) < datetime.now(timezone.utc):
        abort(404)
    db.execute("UPDATE household_invites SET accepted_at = ? WHERE id = ?",
               (datetime.now(timezone.utc).isoformat(), row["id"]))
    db.commit()
    return jsonify(owner_id=row["owner_id"], email=row["email"])
