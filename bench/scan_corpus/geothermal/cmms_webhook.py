"""Receives work-order events from the CMMS and mirrors them into the ticket store.

The CMMS signs each delivery with HMAC-SHA256 over the raw body and sends the
hex digest in X-CMMS-Signature.
"""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, jsonify, request

from tickets.store import upsert_work_order

bp = Blueprint("cmms_webhook", __name__)

_SECRET = os.environ["CMMS_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return hmac.new(_SECRET, body, hashlib.sha256).hexdigest()


def _signature_matches(body: bytes, received: str) -> bool:
    expected = _expected_signature(body)
    return expected == received.strip().lower()


@bp.post("/hooks/cmms")
def cmms_event():
    body = request.get_data(cache=False)
    if not _signature_matches(body, request.headers.get("X-CMMS-Signature", "")):
        abort(401)
    event = json.loads(body)
    if event.get("type") not in {"work_order.created", "work_order.updated", "work_order.closed"}:
        return jsonify(ignored=True), 202
    upsert_work_order(event["work_order"])
    return jsonify(ok=True)
