"""Inbound webhooks from partner vet practice-management systems.

Partners sign the raw request body with HMAC-SHA256 using the shared secret
issued at onboarding and send it hex-encoded in X-Vet-Signature.
"""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, jsonify, request

from .partners import get_partner_secret
from .tasks import enqueue_invoice_ingest

bp = Blueprint("partner_webhooks", __name__, url_prefix="/webhooks/vet")
log = logging.getLogger(__name__)

HANDLED_EVENTS = {"invoice.created", "invoice.updated"}


def _expected_signature(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/<partner_id>/invoices")
def invoice_event(partner_id: str):
    secret = get_partner_secret(partner_id)
    if secret is None:
        abort(404)
    body = request.get_data()
    signature = request.headers.get("X-Vet-Signature", "")
    if _expected_signature(secret, body) != signature:
        log.warning("signature mismatch for partner %s", partner_id)
        abort(401)
    event = json.loads(body)
    if event.get("type") not in HANDLED_EVENTS:
        return jsonify(status="ignored"), 202
    enqueue_invoice_ingest(partner_id, event["type"], event["data"])
    log.info("queued %s %s from %s", event["type"], event["data"].get("id"), partner_id)
    return jsonify(status="queued"), 202
