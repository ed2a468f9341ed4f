"""Receives envelope status callbacks from the e-signature provider."""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, current_app, request

bp = Blueprint("esign_webhooks", __name__, url_prefix="/hooks/esign")

SIGNATURE_HEADER = "X-Esign-Signature-256"


def _expected_signature(body: bytes) -> str:
    secret = os.environ["ESIGN_WEBHOOK_SECRET"].encode()
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def _is_authentic(body: bytes, presented: str | None) -> bool:
    if not presented:
        return False
    return _expected_signature(body) == presented.strip()


@bp.post("/envelope")
def envelope_event():
    body = request.get_data(cache=False)
    if not _is_authentic(body, request.headers.get(SIGNATURE_HEADER)):
        abort(401)

    event = json.loads(body)
    envelope_id = event.get("envelopeId")
    status = event.get("status")
    if not envelope_id or not status:
        abort(400)

    envelopes = current_app.extensions["envelope_service"]
    if status == "completed":
        envelopes.mark_completed(envelope_id, event.get("completedAt"))
    elif status in {"declined", "voided"}:
        envelopes.mark_terminated(envelope_id, status, event.get("reason"))
    else:
        envelopes.record_status(envelope_id, status)
    return "", 204
