"""Invite codes for new wholesale cafe accounts.

Sales staff create an invite when a cafe signs a supply agreement; the
cafe owner redeems the code on the portal to set up their login and is
linked to the price list negotiated for them.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import text

from portal.db import engine
from portal.auth import require_staff

bp = Blueprint("invites", __name__, url_prefix="/admin/invites")

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 12
INVITE_TTL = timedelta(days=14)


def new_invite_code() -> str:
    code = "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))
    return f"{code[:4]}-{code[4:8]}-{code[8:]}"


@bp.post("")
@require_staff
def create_invite():
    payload = request.get_json(silent=True) or {}
    cafe_name = str(payload.get("cafe_name", "")).strip()
    price_list_id = payload.get("price_list_id")
    if not cafe_name or not isinstance(price_list_id, int):
        abort(400)

    code = new_invite_code()
    expires_at = datetime.now(timezone.utc) + INVITE_TTL
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO cafe_invites (code, cafe_name, price_list_id, expires_at) "
                "VALUES (:code, :cafe, :pl, :exp)"
            ),
            {"code": code, "cafe": cafe_name, "pl": price_list_id, "exp": expires_at},
        )
    return jsonify({"code": code, "expires_at": expires_at.isoformat()}), 201


@bp.delete("/<int:invite_id>")
@require_staff
def revoke_invite(invite_id: int):
    with engine.begin() as conn:
        result = conn.execute(
            text("UPDATE cafe_invites SET revoked = true WHERE id = :id AND redeemed_at IS NULL"),
            {"id": invite_id},
        )
    if result.rowcount == 0:
        abort(404)
    return ("", 204)


def redeem(code: str, owner_email: str) -> int | None:
    """Mark an invite used and return its price list, or None when invalid."""
    now = datetime.now(timezone.utc)
    with engine.begin() as conn:
        row = conn.execute(
            text(
                "UPDATE cafe_invites SET redeemed_at = :now, owner_email = :email "
                "WHERE code = :code AND redeemed_at IS NULL AND NOT revoked "
                "AND expires_at > :now RETURNING price_list_id"
            ),
            {"now": now, "email": owner_email.lower(), "code": code.strip().upper()},
        ).first()
    return row[0] if row else None
