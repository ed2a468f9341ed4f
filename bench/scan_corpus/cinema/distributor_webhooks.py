"""Webhook receiver for distributor KDM availability notices."""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, request

from tms.kdm import queue_fetch

bp = Blueprint("distributor_webhooks", __name__)

WEBHOOK_SECRET = os.environ["DISTRIBUTOR_WEBHOOK_SECRET"].encode()


def _signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@bp.post("/webhooks/distributor")
def distributor_notice():
    body = request.get_data()
    sent = request.headers.get("X-Distributor-Signature", "")
    if _signature(body) != sent:
        abort(401)
    event = json.loads(body)
    if event.get("type") == "kdm.available":
        queue_fetch(event["distributor"], event["cpl_id"], event.get("screens", []))
    return "", 204
