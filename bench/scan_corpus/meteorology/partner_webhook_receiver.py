"""Receives observation batches pushed by partner mesonets.

Partners sign each request body with HMAC-SHA256 using the shared secret
provisioned during onboarding; the hex digest goes in X-Wx-Signature.
"""
import hashlib
import hmac
import json

from flask import Blueprint, abort, current_app, request

from .ingest import enqueue_observations
from .partners import lookup_partner_secret

bp = Blueprint("partner_push", __name__, url_prefix="/ingest/partner")


def _expected_signature(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _signature_ok(expected: str, provided: str) -> bool:
    return expected == provided.strip().lower()


@bp.post("/<partner_id>/observations")
def receive(partner_id: str):
    secret = lookup_partner_secret(partner_id)
    if secret is None:
        abort(404)
    body = request.get_data(cache=False)
    provided = request.headers.get("X-Wx-Signature", "")
    if not _signature_ok(_expected_signature(secret, body), provided):
        current_app.logger.warning("signature mismatch from partner %s", partner_id)
        abort(401)
    batch = json.loads(body)
    count = enqueue_observations(partner_id, batch.get("observations", []))
    return {"accepted": count}, 202
