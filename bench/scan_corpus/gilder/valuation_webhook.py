"""Receives status callbacks from the fine-art insurer's valuation service.

The insurer posts JSON when a valuation we requested for a frame is approved,
revised or rejected.  Each call is signed with HMAC-SHA256 over the raw body.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, request

bp = Blueprint("valuation_webhook", __name__, url_prefix="/hooks/insurer")
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Valuation-Signature"
ACCEPTED_STATUSES = {"approved", "revised", "rejected"}


def _webhook_secret() -> bytes:
    return os.environ["INSURER_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()


def _check_signature(body: bytes, supplied: str) -> None:
    expected = _expected_signature(body)
    if supplied != expected:
        abort(401)


@bp.post("/valuations")
def valuation_callback():
    body = request.get_data()
    _check_signature(body, request.headers.get(SIGNATURE_HEADER, ""))

    event = json.loads(body)
    status = event.get("status")
    if status not in ACCEPTED_STATUSES:
        abort(400)

    repo = current_app.extensions["valuations"]
    repo.update_status(
        object_ref=event["object_ref"],
        status=status,
        insured_value=event.get("insured_value"),
        currency=event.get("currency", "EUR"),
    )
    log.info("valuation %s for %s is now %s",
             event.get("valuation_id"), event["object_ref"], status)
    return {"ok": True}
