"""Accepts waiver-signed callbacks from the e-signature provider used on lobby kiosks."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, request

from climbing.waivers import record_signed_waiver

log = logging.getLogger("waivers.callbacks")
bp = Blueprint("waiver_callbacks", __name__, url_prefix="/callbacks/esign")

SIGNATURE_HEADER = "X-ESign-Signature"
TIMESTAMP_HEADER = "X-ESign-Timestamp"
TOLERANCE_SECONDS = 300


def _callback_secret() -> bytes:
    return os.environ["ESIGN_CALLBACK_SECRET"].encode("utf-8")


def _expected_signature(timestamp: str, body: bytes) -> str:
    mac = hmac.new(_callback_secret(), digestmod=hashlib.sha256)
    mac.update(timestamp.encode("ascii") + b"." + body)
    return mac.hexdigest()


def signature_matches(received: str, timestamp: str, body: bytes) -> bool:
    expected = _expected_signature(timestamp, body)
    return hmac.compare_digest(received.strip().lower(), expected)


@bp.post("/")
def receive():
    body = request.get_data()
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    received = request.headers.get(SIGNATURE_HEADER, "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        abort(400)
    if not signature_matches(received, timestamp, body):
        abort(401)

    event = json.loads(body)
    if event.get("event") == "envelope.completed":
        data = event["data"]
        record_signed_waiver(
            envelope_id=data["envelope_id"],
            kiosk_id=data.get("metadata", {}).get("kiosk_id"),
            signer_email=data["signer"]["email"],
            pdf_url=data["document_url"],
        )
    else:
        log.info("ignoring e-sign event %s", event.get("event"))
    return "", 204
