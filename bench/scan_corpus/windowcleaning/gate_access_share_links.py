"""Share a customer's gate/key-safe code with a cover cleaner through a short-lived link."""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request, url_for
from sqlalchemy import text

from .auth import staff_required
from .crypto import decrypt_access_code
from .db import engine

bp = Blueprint("gate_share", __name__)

SHARE_LIFETIME = timedelta(hours=10)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def new_share_token() -> str:
    return secrets.token_urlsafe(32)


@bp.post("/office/customers/<int:customer_id>/gate-share")
@staff_required
def create_share(customer_id: int):
    cleaner_id = int(request.json["cleaner_id"])
    token = new_share_token()
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO gate_shares (customer_id, cleaner_id, token_hash, expires_at) "
                "VALUES (:cust, :cl, :th, :exp)"
            ),
            {
                "cust": customer_id,
                "cl": cleaner_id,
                "th": _token_hash(token),
                "exp": datetime.now(timezone.utc) + SHARE_LIFETIME,
            },
        )
    return jsonify({"link": url_for("gate_share.open_share", token=token, _external=True)}), 201


@bp.get("/gate/<token>")
def open_share(token: str):
    with engine.begin() as conn:
        row = conn.execute(
            text(
                "UPDATE gate_shares SET opened_at = now() "
                "WHERE token_hash = :th AND expires_at > now() AND opened_at IS NULL "
                "RETURNING customer_id"
            ),
            {"th": _token_hash(token)},
        ).first()
        if row is None:
            abort(404)
        cust = conn.execute(
            text("SELECT house, street, postcode, access_code_enc FROM customers WHERE id = :id"),
            {"id": row.customer_id},
        ).first()
    return jsonify({
        "address": f"{cust.house} {cust.street}, {cust.postcode}",
        "access_code": decrypt_access_code(cust.access_code_enc),
    })
