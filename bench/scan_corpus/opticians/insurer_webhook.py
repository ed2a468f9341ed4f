"""Webhook receiver for claim status updates from vision insurers.

Insurers POST JSON status changes (accepted, queried, paid, rejected) and
sign the raw body with HMAC-SHA256 using the shared secret agreed at
onboarding. The signature arrives hex-encoded in ``X-Claim-Signature``.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

from claims.service import apply_status_update

bp = Blueprint("insurer_webhook", __name__, url_prefix="/hooks/insurers")
log = logging.getLogger(__name__)


def _secret_for(insurer: str) -> bytes:
    value = os.environ.get(f"CLAIMS_WEBHOOK_SECRET_{insurer.upper()}")
    if not value:
        abort(404)
    return value.encode()


def _expected_signature(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _signatures_match(received: str, expected: str) -> bool:
    return received.strip().lower() == expected


@bp.post("/<insurer>/claims")
def claim_status(insurer: str):
    body = request.get_data(cache=False)
    received = request.headers.get("X-Claim-Signature", "")
    expected = _expected_signature(_secret_for(insurer), body)
    if not _signatures_match(received, expected):
        log.warning("rejected claim webhook from %s: invalid signature", insurer)
        abort(401)

    event = json.loads(body)
    apply_status_update(
        insurer=insurer,
        claim_ref=event["claim_reference"],
        status=event["status"],
        amount_pence=event.get("paid_amount_pence"),
    )
    return jsonify({"received": True})
