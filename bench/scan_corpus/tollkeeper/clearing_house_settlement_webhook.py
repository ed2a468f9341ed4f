"""Webhook receiver for clearing-house settlement notifications.

The clearing house posts a notification when a settlement period closes;
each request is signed with the shared webhook secret.
"""
import hashlib
import hmac
import json

from flask import Blueprint, abort, jsonify, request

from tollkeeper.config import settings
from tollkeeper.tasks import reconcile_settlement

bp = Blueprint("clearing_webhooks", __name__, url_prefix="/webhooks/clearing")

SIGNATURE_HEADER = "X-Clearing-Signature"
TIMESTAMP_HEADER = "X-Clearing-Timestamp"


def _expected_signature(timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(settings.CLEARING_WEBHOOK_SECRET.encode(), message, hashlib.sha256).hexdigest()


def _presented_signature() -> str:
    header = request.headers.get(SIGNATURE_HEADER, "")
    scheme, _, value = header.partition("=")
    return value if scheme == "sha256" else ""


@bp.post("/settlement")
def settlement_closed():
    timestamp = request.headers.get(TIMESTAMP_HEADER)
    if not timestamp:
        abort(400)
    body = request.get_data()
    if _expected_signature(timestamp, body) != _presented_signature():
        abort(401)
    event = json.loads(body)
    if event.get("type") != "settlement.closed":
        return jsonify(status="ignored"), 202
    reconcile_settlement.delay(
        period_id=event["period_id"],
        partner_code=event["partner_code"],
        net_amount=event["net_amount"],
    )
    return jsonify(status="queued"), 202
