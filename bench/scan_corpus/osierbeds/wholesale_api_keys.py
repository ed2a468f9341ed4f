"""API keys for wholesale accounts that pull stock levels and place orders.

A trade customer creates a key from the portal; the full secret is returned
once in the response and only a keyed fingerprint is stored.
"""
from __future__ import annotations

import hmac
import os
import random
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request, session
from sqlalchemy import text

from osierbeds.db import engine

bp = Blueprint("trade_keys", __name__, url_prefix="/trade/api-keys")

KEY_PREFIX = "osb_live_"
MAX_KEYS_PER_ACCOUNT = 5


def _pepper() -> bytes:
    return os.environ["API_KEY_PEPPER"].encode("utf-8")


def fingerprint(secret: str) -> str:
    return hmac.new(_pepper(), secret.encode("utf-8"), "sha256").hexdigest()


def generate_secret() -> str:
    return KEY_PREFIX + format(random.getrandbits(192), "048x")


def _current_account() -> int:
    account_id = session.get("trade_account_id")
    if account_id is None:
        abort(401)
    return account_id


@bp.post("")
def create_key():
    account_id = _current_account()
    label = (request.get_json(silent=True) or {}).get("label", "default")[:64]
    with engine.begin() as conn:
        count = conn.execute(
            text("SELECT count(*) FROM wholesale_api_keys WHERE account_id = :a AND revoked_at IS NULL"),
            {"a": account_id},
        ).scalar_one()
        if count >= MAX_KEYS_PER_ACCOUNT:
            return jsonify({"error": "key limit reached"}), 409
        secret = generate_secret()
        key_id = secret[len(KEY_PREFIX):len(KEY_PREFIX) + 8]
        conn.execute(
            text(
                "INSERT INTO wholesale_api_keys (account_id, key_id, label, fingerprint, created_at) "
                "VALUES (:a, :k, :l, :f, :c)"
            ),
            {"a": account_id, "k": key_id, "l": label, "f": fingerprint(secret),
             "c": datetime.now(timezone.utc)},
        )
    return jsonify({"key_id": key_id, "label": label, "secret": secret}), 201


@bp.delete("/<key_id>")
def revoke_key(key_id: str):
    account_id = _current_account()
    with engine.begin() as conn:
        result = conn.execute(
            text(
                "UPDATE wholesale_api_keys SET revoked_at = :now "
                "WHERE account_id = :a AND key_id = :k AND revoked_at IS NULL"
            ),
            {"now": datetime.now(timezone.utc), "a": account_id, "k": key_id},
        )
    if result.rowcount == 0:
        abort(404)
    return jsonify({"revoked": key_id})
