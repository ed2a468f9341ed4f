"""Webhook receiver for status callbacks from the digitisation vendor.

The vendor signs each callback body with HMAC-SHA256 using the shared secret
and sends the hex digest in ``X-Vendor-Signature``.
"""

import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, request

from digitisation.jobs import update_job_status

bp = Blueprint("vendor_webhooks", __name__, url_prefix="/hooks/vendor")


def _expected_signature(body: bytes) -> str:
    secret = os.environ["VENDOR_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/batch-status")
def batch_status():
    body = request.get_data()
    signature = request.headers.get("X-Vendor-Signature", "")
    if signature != _expected_signature(body):
        abort(401)

    event = json.loads(body)
    update_job_status(
        batch_id=event["batch_id"],
        status=event["status"],
        pages=event.get("pages_scanned"),
    )
    return {"ok": True}
