"""Receives envelope status callbacks from the e-signature provider."""
import base64
import hashlib
import hmac
import logging

from flask import Blueprint, abort, current_app, jsonify, request

from .tasks import archive_completed_envelope
from .models import Envelope, db

log = logging.getLogger(__name__)
bp = Blueprint("esign_webhook", __name__)

HANDLED_EVENTS = {"envelope-sent", "envelope-delivered", "envelope-completed", "envelope-declined"}


def _signature(secret: bytes, body: bytes) -> str:
    return base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest()).decode("ascii")


@bp.post("/webhooks/esign")
def envelope_callback():
    secret = current_app.config["ESIGN_CONNECT_HMAC_KEY"].encode("utf-8")
    body = request.get_data(cache=True)
    received = request.headers.get("X-Esign-Signature-1", "")
    if _signature(secret, body) != received:
        abort(401)

    event = request.get_json(force=True)
    if event.get("event") not in HANDLED_EVENTS:
        return jsonify(status="ignored"), 200

    envelope_id = event["data"]["envelopeId"]
    envelope = Envelope.query.filter_by(provider_id=envelope_id).first()
    if envelope is None:
        log.warning("callback for unknown envelope %s", envelope_id)
        return jsonify(status="unknown"), 200

    envelope.status = event["event"].removeprefix("envelope-")
    db.session.commit()
    if envelope.status == "completed":
        archive_completed_envelope.delay(envelope.id)
    return jsonify(status="ok"), 200
