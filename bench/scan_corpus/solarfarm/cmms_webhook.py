"""Receive work-order status callbacks from the CMMS vendor.

The CMMS signs each callback body with HMAC-SHA256 using the shared secret
configured in their admin console and sends the hex digest in
X-CMMS-Signature.
"""

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, request

from maintenance.workorders import apply_status_update

bp = Blueprint("cmms_webhook", __name__, url_prefix="/hooks/cmms")
log = logging.getLogger(__name__)


def _webhook_secret() -> bytes:
    secret = current_app.config.get("CMMS_WEBHOOK_SECRET") or os.environ["CMMS_WEBHOOK_SECRET"]
    return secret.encode()


def _signature_ok(body: bytes, received: str) -> bool:
    expected = hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()
    return received.lower() == expected


@bp.post("/work-orders")
def work_order_callback():
    body = request.get_data(cache=False)
    signature = request.headers.get("X-CMMS-Signature", "")
    if not _signature_ok(body, signature):
        abort(401)

    event = json.loads(body)
    wo_id = event.get("workOrderId")
    new_status = event.get("status")
    if not wo_id or not new_status:
        abort(400)

    apply_status_update(wo_id, new_status, completed_by=event.get("technician"))
    log.info("work order %s -> %s", wo_id, new_status)
    return jsonify({"received": True})
