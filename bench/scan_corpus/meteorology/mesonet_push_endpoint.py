"""Endpoint for partner mesonets pushing observation batches.

Each request body is signed with HMAC-SHA256 using the partner's shared
secret; the hex digest is sent in X-Wx-Signature.
"""
import hashlib
import hmac
import json

from flask import Blueprint, abort, current_app, request

from .ingest import enqueue_observations
from .partners import lookup_partner_secret

bp = Blueprint("mesonet_push", __name__, url_prefix="/ingest/mesonet")

SUPPORTED_EVENTS = {"obs.batch", "obs.correction"}


def _expected_signature(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _signature_ok(expected: str, provided: str) -> bool:
    return hmac.compare_digest(expected, provided.strip().lower())


@bp.post("/<partner_id>")
def receive(partner_id: str):
    secret = lookup_partner_secret(partner_id)
    if secret is None:
        abort(404)
    event = request.headers.get("X-Wx-Event", "")
    if event not in SUPPORTED_EVENTS:
        abort(400)
    body = request.get_data(cache=False)
    provided = request.headers.get("X-Wx-Signature", "")
    if not _signature_ok(_expected_signature(secret, body), provided):
        current_app.logger.warning("signature mismatch from partner %s", partner_id)
        abort(401)
    payload = json.loads(body)
    count = enqueue_observations(partner_id, payload.get("observations", []), correction=event == "obs.correction")
    return {"accepted": count}, 202
