"""Receives verdicts from the image-moderation vendor."""

import hashlib
import hmac
import json

from flask import Blueprint, abort, current_app, jsonify, request

from moderation.queue import apply_vendor_verdict

bp = Blueprint("moderation_webhook", __name__)

_SIG_HEADER = "X-Vendor-Signature"


def _expected_signature(body: bytes) -> str:
    secret = current_app.config["MODERATION_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, header_value: str) -> bool:
    sent = header_value.removeprefix("sha256=").strip().lower()
    return sent == _expected_signature(body)


@bp.post("/webhooks/moderation")
def moderation_verdict():
    body = request.get_data(cache=False)
    if not _signature_ok(body, request.headers.get(_SIG_HEADER, "")):
        abort(401)

    event = json.loads(body)
    if event.get("type") != "image.classified":
        return jsonify(status="ignored"), 200

    apply_vendor_verdict(
        media_id=event["data"]["external_id"],
        labels=event["data"].get("labels", []),
        confidence=float(event["data"].get("confidence", 0.0)),
    )
    return jsonify(status="ok"), 200
