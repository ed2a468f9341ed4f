"""Invite links for new wholesale cafe accounts.

Sales staff create an invite once a cafe has signed its supply agreement.
The owner follows the emailed link to set up their login; the invite row
ties the new account to the cafe's negotiated price list.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request, url_for
from sqlalchemy import text

from portal.auth import require_staff
from portal.db import engine

bp = Blueprint("invites", __name__, url_prefix="/admin/invites")

INVITE_TTL = timedelta(days=14)
TOKEN_BYTES = 24


def new_invite_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@bp.post("")
@require_staff
def create_invite():
    payload = request.get_json(silent=True) or {}
    cafe_name = str(payload.get("cafe_name", "")).strip()
    price_list_id = payload.get("price_list_id")
    if not cafe_name or not isinstance(price_list_id, int):
        abort(400)

    token = new_invite_token()
    expires_at = datetime.now(timezone.utc) + INVITE_TTL
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO cafe_invites (token_digest, cafe_name, price_list_id, expires_at) "
                "VALUES (:digest, :cafe, :pl, :exp)"
            ),
            {"digest": _digest(token), "cafe": cafe_name, "pl": price_list_id, "exp": expires_at},
        )
    link = url_for("signup.accept_invite", token=token, _external=True)
    return jsonify({"link": link, "expires_at": expires_at.isoformat()}), 201


def redeem(token: str, owner_email: str) -> int | None:
    """Consume an invite and return its price list id, or None if invalid."""
    now = datetime.now(timezone.utc)
    with engine.begin() as conn:
        row = conn.execute(
            text(
                "UPDATE cafe_invites SET redeemed_at = :now, owner_email = :email "
                "WHERE token_digest = :digest AND redeemed_at IS NULL AND NOT revoked "
                "AND expires_at > :now RETURNING price_list_id"
            ),
            {"now": now, "email": owner_email.lower(), "digest": _digest(token)},
        ).first()
    return row[0] if row else None
