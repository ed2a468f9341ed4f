"""Invite codes that let a family claim a pre-loaded player registration."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, g, jsonify, request

from .db import get_connection
from .mailer import send_template

bp = Blueprint("registration_invites", __name__, url_prefix="/registrar/invites")

ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
INVITE_TTL = timedelta(days=14)


def new_invite_code() -> str:
    return "".join(random.choices(ALPHABET, k=CODE_LENGTH))


@bp.post("/")
def create_invite():
    if not g.get("user") or "registrar" not in g.user.roles:
        abort(403)
    payload = request.get_json(force=True)
    player_id = int(payload["player_id"])
    guardian_email = payload["guardian_email"].strip().lower()
    code = new_invite_code()
    expires_at = datetime.now(timezone.utc) + INVITE_TTL

    with get_connection() as conn:
        player = conn.execute(
            "SELECT first_name, last_name FROM players WHERE id = %s", (player_id,)
        ).fetchone()
        if player is None:
            abort(404)
        conn.execute(
            "INSERT INTO registration_invites (player_id, guardian_email, code, expires_at) "
            "VALUES (%s, %s, %s, %s)",
            (player_id, guardian_email, code, expires_at),
        )

    send_template(
        guardian_email,
        "registration_invite",
        {"player": f"{player[0]} {player[1]}", "code": code, "expires": expires_at.date()},
    )
    return jsonify({"player_id": player_id, "expires_at": expires_at.isoformat()}), 201


@bp.post("/claim")
def claim_invite():
    payload = request.get_json(force=True)
    code = (payload.get("code") or "").strip().upper()
    with get_connection() as conn:
        row = conn.execute(
            "UPDATE registration_invites SET claimed_at = now(), claimed_by = %s "
            "WHERE code = %s AND claimed_at IS NULL AND expires_at > now() "
            "RETURNING player_id",
            (g.user.id, code),
        ).fetchone()
    if row is None:
        abort(404, "Invite code not found or expired.")
    return jsonify({"player_id": row[0]})
