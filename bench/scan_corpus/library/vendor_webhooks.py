"""Webhook receiver for checkout and return events from the e-book vendor."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from .loans import record_vendor_checkout, record_vendor_return

bp = Blueprint("vendor_webhooks", __name__, url_prefix="/hooks/vendor")
log = logging.getLogger(__name__)


def _webhook_secret() -> bytes:
    return os.environ["VENDOR_WEBHOOK_SECRET"].encode()


@bp.post("/events")
def receive_event():
    body = request.get_data()
    signature = request.headers.get("X-Vendor-Signature", "")
    expected = hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()
    if signature != expected:
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    if kind == "checkout.created":
        record_vendor_checkout(event["data"])
    elif kind == "checkout.returned":
        record_vendor_return(event["data"])
    else:
        log.info("ignoring vendor event type %s", kind)
    return "", 204
