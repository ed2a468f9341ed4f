"""Status webhooks from the third-party haulier we use for long-distance loads.

The haulier posts JSON events (collected, in transit, delivered, failed)
signed with HMAC-SHA256 over the raw body using the shared secret from their
portal. Delivered events close the dispatch record and trigger invoicing.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, request

from dispatch.service import mark_delivered, mark_failed, record_event

bp = Blueprint("carrier_webhooks", __name__, url_prefix="/hooks/carrier")
log = logging.getLogger(__name__)


def _secret() -> bytes:
    return os.environ["CARRIER_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(_secret(), body, hashlib.sha256).hexdigest()


@bp.post("/events")
def carrier_event():
    body = request.get_data(cache=False)
    signature = request.headers.get("X-Carrier-Signature", "")
    if signature != _expected_signature(body):
        log.warning("carrier webhook rejected from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    consignment = event["consignment_ref"]
    record_event(consignment, event["type"], event.get("occurred_at"))
    if event["type"] == "delivered":
        mark_delivered(consignment, pod_name=event.get("signed_by"))
    elif event["type"] == "failed":
        mark_failed(consignment, reason=event.get("reason", "unspecified"))
    current_app.logger.info("carrier event %s for %s", event["type"], consignment)
    return {"ok": True}
