"""API-key authentication for the farm shop tills.

Each till (shop, café hatch, pumpkin weigh station) has its own key issued
by the back office; the till sends it with every sale it uploads.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from functools import wraps

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


def _load_keys() -> dict[str, bytes]:
    """TILL_KEY_HASHES looks like ``shop:<sha256 hex>,weigh:<sha256 hex>``."""
    keys = {}
    for item in os.environ.get("TILL_KEY_HASHES", "").split(","):
        if ":" in item:
            till_id, digest = item.split(":", 1)
            keys[till_id.strip()] = bytes.fromhex(digest.strip())
    return keys


TILL_KEYS = _load_keys()


def till_auth(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        till_id = request.headers.get("X-Till-Id", "")
        presented = request.headers.get("X-Till-Key", "")
        expected = TILL_KEYS.get(till_id)
        if expected is None or not presented:
            abort(401)
        presented_digest = hashlib.sha256(presented.encode("utf-8")).digest()
        if not hmac.compare_digest(presented_digest, expected):
            abort(401)
        g.till_id = till_id
        return view(*args, **kwargs)
    return wrapper


@app.post("/till/sales")
@till_auth
def upload_sales():
    sales = request.get_json(force=True)
    if not isinstance(sales, list):
        abort(400)
    accepted = [s for s in sales if s.get("till_id", g.till_id) == g.till_id]
    return jsonify({"till": g.till_id, "accepted": len(accepted)})


@app.get("/till/ping")
@till_auth
def ping():
    return jsonify({"till": g.till_id, "status": "ok"})
