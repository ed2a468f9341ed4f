"""Receives tyre allocation notices pushed by the tyre supplier's logistics system."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from typing import Any, Dict

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("tyres.webhook")

SIGNATURE_HEADER = "X-Supplier-Signature"


def _secret() -> bytes:
    return os.environ["TYRE_SUPPLIER_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return "sha256=" + hmac.new(_secret(), body, hashlib.sha256).hexdigest()


def _signature_matches(body: bytes, presented: str) -> bool:
    expected = _expected_signature(body)
    return presented.strip().lower() == expected


def _store_allocation(notice: Dict[str, Any]) -> int:
    sets = notice.get("sets", [])
    for tyre_set in sets:
        log.info(
            "event=%s car=%s compound=%s barcode=%s",
            notice.get("event"), notice.get("car"), tyre_set.get("compound"), tyre_set.get("barcode"),
        )
    return len(sets)


@app.post("/webhooks/tyre-allocation")
def tyre_allocation() -> Any:
    body = request.get_data(cache=False)
    presented = request.headers.get(SIGNATURE_HEADER, "")
    if not presented or not _signature_matches(body, presented):
        abort(401)
    try:
        notice = json.loads(body)
    except json.JSONDecodeError:
        abort(400)
    stored = _store_allocation(notice)
    return jsonify({"received": stored}), 202
