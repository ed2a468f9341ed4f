"""Receives envelope status callbacks from the e-signature provider."""
import base64
import hashlib
import hmac
import logging

from flask import Blueprint, abort, current_app, jsonify, request

from .models import Envelope, db

log = logging.getLogger(__name__)
bp = Blueprint("esign_connect", __name__)

SIGNATURE_HEADERS = ("X-Esign-Signature-1", "X-Esign-Signature-2")


def _expected_signature(body: bytes) -> bytes:
    key = current_app.config["ESIGN_CONNECT_HMAC_KEY"].encode("utf-8")
    return base64.b64encode(hmac.new(key, body, hashlib.sha256).digest())


def _is_authentic(body: bytes) -> bool:
    expected = _expected_signature(body)
    # during key rotation the provider signs with both the old and new key
    return any(
        hmac.compare_digest(expected, request.headers.get(h, "").encode("ascii", "ignore"))
        for h in SIGNATURE_HEADERS
    )


@bp.post("/webhooks/esign/connect")
def connect_callback():
    body = request.get_data(cache=True)
    if not _is_authentic(body):
        abort(401)
    event = request.get_json(force=True)
    if event.get("event") == "envelope-completed":
        envelope = Envelope.query.filter_by(provider_id=event["data"]["envelopeId"]).first()
        if envelope is not None:
            envelope.status = "completed"
            db.session.commit()
    return jsonify(status="ok")
