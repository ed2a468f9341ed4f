"""API-key authentication for distributors' stock-level integrations."""
from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass
from functools import wraps

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
DB_PATH = "portal.db"


@dataclass
class ApiClient:
    distributor_code: str
    key_prefix: str
    key_sha256: str
    active: bool


def _digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


def create_key(distributor_code: str) -> str:
    raw = "brw_" + secrets.token_urlsafe(32)
    with sqlite3.connect(DB_PATH) as conn:
        conn.execute(
            "INSERT INTO api_keys (distributor_code, key_prefix, key_sha256, active) VALUES (?, ?, ?, 1)",
            (distributor_code, raw[:12], _digest(raw)),
        )
    return raw


def _lookup(prefix: str) -> ApiClient | None:
    with sqlite3.connect(DB_PATH) as conn:
        row = conn.execute(
            "SELECT distributor_code, key_prefix, key_sha256, active FROM api_keys WHERE key_prefix = ?",
            (prefix,),
        ).fetchone()
    return ApiClient(row[0], row[1], row[2], bool(row[3])) if row else None


def require_api_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Api-Key", "")
        client = _lookup(supplied[:12]) if len(supplied) > 12 else None
        if client is None or not client.active:
            abort(401)
        if not hmac.compare_digest(_digest(supplied), client.key_sha256):
            abort(401)
        g.api_client = client
        return view(*args, **kwargs)

    return wrapper


@app.get("/api/v1/stock/<distributor_code>")
@require_api_key
def stock_levels(distributor_code: str):
    if g.api_client.distributor_code != distributor_code:
        abort(403)
    return jsonify(
        distributor=distributor_code,
        allocations={"pale-ale-30l": 24, "stout-30l": 8, "ipa-30l": 12},
    )
