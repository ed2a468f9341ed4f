"""Authentication for the trade purchase-order API.

Boatyards send ``Authorization: Bearer chd_<key>``. Keys are stored as
SHA-256 digests, looked up by the 8-character key id that follows the prefix.
"""
from __future__ import annotations

import hashlib
import os
import secrets
from typing import Optional

import psycopg
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config["TRADE_DB"] = os.environ["TRADE_DATABASE_URL"]

KEY_PREFIX = "chd_"


def _stored_digest(key_id: str) -> Optional[tuple[int, str]]:
    with psycopg.connect(app.config["TRADE_DB"]) as conn:
        return conn.execute(
            "SELECT account_id, key_sha256 FROM trade_api_keys "
            "WHERE key_id = %s AND revoked_at IS NULL",
            (key_id,),
        ).fetchone()


def _key_matches(presented: str, stored_hex: str) -> bool:
    digest = hashlib.sha256(presented.encode("ascii", "replace")).hexdigest()
    return secrets.compare_digest(digest, stored_hex)


def authenticate(header: str) -> Optional[int]:
    scheme, _, presented = header.partition(" ")
    if scheme != "Bearer" or not presented.startswith(KEY_PREFIX):
        return None
    key_id = presented[len(KEY_PREFIX):len(KEY_PREFIX) + 8]
    row = _stored_digest(key_id)
    if row is None:
        return None
    account_id, stored_hex = row
    return account_id if _key_matches(presented, stored_hex) else None


@app.before_request
def require_trade_key():
    account_id = authenticate(request.headers.get("Authorization", ""))
    if account_id is None:
        abort(401)
    g.trade_account_id = account_id


@app.post("/trade/orders")
def submit_order():
    order = request.get_json(force=True)
    orders = app.extensions["trade_orders"]
    order_no = orders.create(
        account_id=g.trade_account_id,
        reference=order.get("reference"),
        lines=order["lines"],
        deliver_to_berth=order.get("berth"),
    )
    return jsonify(order_no=order_no), 201
