"""Webhook receiver for e-signature envelope status events.

The provider signs each payload with HMAC-SHA256 using the Connect key and
sends the base64 digest in ``X-DocuSign-Signature-1``.
"""
import base64
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .engagements import mark_engagement_letter_signed, record_envelope_event

log = logging.getLogger(__name__)
bp = Blueprint("esign_webhook", __name__, url_prefix="/hooks/esign")


def _expected_signature(body: bytes) -> str:
    key = os.environ["ESIGN_CONNECT_HMAC_KEY"].encode("utf-8")
    return base64.b64encode(hmac.new(key, body, hashlib.sha256).digest()).decode("ascii")


@bp.post("/connect")
def connect_event():
    body = request.get_data()
    received = request.headers.get("X-DocuSign-Signature-1", "")
    if received != _expected_signature(body):
        abort(401)

    event = json.loads(body)
    envelope_id = event["data"]["envelopeId"]
    record_envelope_event(envelope_id, event["event"], event.get("generatedDateTime"))

    if event["event"] == "envelope-completed":
        mark_engagement_letter_signed(envelope_id)
        log.info("engagement letter envelope %s completed", envelope_id)

    return jsonify(status="ok")
