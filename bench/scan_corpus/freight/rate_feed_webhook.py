"""Webhook that carriers call when a new contract rate file is published."""

import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, jsonify, request

from freight.rates import enqueue_rate_import

bp = Blueprint("rate_feed", __name__)

_SIGNING_KEY = os.environ["RATE_FEED_SIGNING_KEY"].encode()
MAX_SKEW_SECONDS = 300


def _expected_signature(timestamp: str, body: bytes) -> str:
    mac = hmac.new(_SIGNING_KEY, timestamp.encode() + b"." + body, hashlib.sha256)
    return mac.hexdigest()


@bp.post("/webhooks/rate-feed")
def rate_feed():
    timestamp = request.headers.get("X-Feed-Timestamp", "")
    signature = request.headers.get("X-Feed-Signature", "")
    body = request.get_data()
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(401)
    expected = _expected_signature(timestamp, body)
    if not hmac.compare_digest(signature.encode(), expected.encode()):
        abort(401)

    payload = request.get_json(force=True)
    job_id = enqueue_rate_import(
        carrier_code=payload["carrier"],
        file_url=payload["fileUrl"],
        effective_from=payload["effectiveFrom"],
    )
    return jsonify({"job": job_id}), 202
