"""Receives collection-booking callbacks from the courier.

Each POST carries ``X-Signature: t=<unix>,v1=<hex hmac>`` where the HMAC is
SHA-256 over ``<t>.<body>`` with our webhook secret.
"""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, jsonify, request

from printshop.shipping import collection_booked, collection_missed

bp = Blueprint("collection_webhooks", __name__, url_prefix="/hooks/collections")
TOLERANCE_SECONDS = 300


def _parse_signature(header: str) -> tuple[int, str]:
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _verify(body: bytes, header: str) -> bool:
    timestamp, provided = _parse_signature(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    secret = os.environ["COURIER_WEBHOOK_SECRET"].encode("utf-8")
    signed = str(timestamp).encode("ascii") + b"." + body
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided)


@bp.post("/events")
def collection_event():
    if not _verify(request.get_data(), request.headers.get("X-Signature", "")):
        abort(401)
    event = request.get_json(force=True)
    if event["type"] == "collection.booked":
        collection_booked(event["bookingRef"], event["window"])
    elif event["type"] == "collection.missed":
        collection_missed(event["bookingRef"], event.get("reason", ""))
    return jsonify(received=True)
