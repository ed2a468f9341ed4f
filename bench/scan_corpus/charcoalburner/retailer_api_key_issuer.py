"""Issue API keys to retailers that integrate with our stock feed.

Farm shops with online tills poll our stock endpoint for bag availability.
Keys are shown once at creation; only the key id and owner are listed later.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg
from flask import Blueprint, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("retailer_keys", __name__, url_prefix="/account/api-keys")

KEY_PREFIX = "cb_live_"
MAX_ACTIVE_KEYS = 5


@dataclass
class NewKey:
    key_id: str
    secret: str

    @property
    def display(self) -> str:
        return f"{KEY_PREFIX}{self.key_id}.{self.secret}"


def mint_key() -> NewKey:
    return NewKey(key_id=secrets.token_hex(6), secret=secrets.token_urlsafe(32))


def _connect() -> psycopg.Connection:
    return psycopg.connect(current_app.config["PORTAL_DATABASE_URL"])


@bp.post("")
@login_required
def create_key():
    label = (request.get_json(silent=True) or {}).get("label", "default")[:60]
    retailer_id = current_user.retailer_id
    with _connect() as conn:
        active = conn.execute(
            "SELECT count(*) FROM retailer_api_keys WHERE retailer_id = %s AND revoked_at IS NULL",
            (retailer_id,),
        ).fetchone()[0]
        if active >= MAX_ACTIVE_KEYS:
            return jsonify(error="revoke an existing key first"), 409
        key = mint_key()
        conn.execute(
            "INSERT INTO retailer_api_keys (retailer_id, key_id, secret, label, created_at)"
            " VALUES (%s, %s, %s, %s, %s)",
            (retailer_id, key.key_id, key.secret, label, datetime.now(timezone.utc)),
        )
    return jsonify(key=key.display, key_id=key.key_id, label=label), 201


@bp.get("")
@login_required
def list_keys():
    with _connect() as conn:
        rows = conn.execute(
            "SELECT key_id, label, created_at FROM retailer_api_keys"
            " WHERE retailer_id = %s AND revoked_at IS NULL ORDER BY created_at",
            (current_user.retailer_id,),
        ).fetchall()
    return jsonify(keys=[{"key_id": r[0], "label": r[1], "created": r[2].isoformat()} for r in rows])
