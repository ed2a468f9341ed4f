"""Callbacks from the OSS order manager.

The OSS posts an event whenever a fibre/DSL order changes state (field
engineer scheduled, line tested, service active).  Each request carries an
``X-OSS-Signature`` header: hex HMAC-SHA256 of the raw body with the shared
webhook secret.
"""
import hashlib
import hmac
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, request
from sqlalchemy import text

bp = Blueprint("oss_webhooks", __name__, url_prefix="/hooks/oss")
log = logging.getLogger(__name__)

_STATE_MAP = {
    "APPOINTMENT_BOOKED": "scheduled",
    "LINE_TEST_PASSED": "tested",
    "SERVICE_ACTIVE": "active",
    "CANCELLED": "cancelled",
}


def _webhook_secret() -> bytes:
    return os.environ["OSS_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()


@bp.post("/order-events")
def order_event():
    body = request.get_data(cache=True)
    signature = request.headers.get("X-OSS-Signature", "")
    if not signature or signature != _expected_signature(body):
        abort(401)

    event = request.get_json(force=True)
    new_state = _STATE_MAP.get(event.get("eventType"))
    if new_state is None:
        log.info("ignoring OSS event type %s", event.get("eventType"))
        return jsonify(status="ignored"), 202

    engine = current_app.extensions["db_engine"]
    with engine.begin() as conn:
        updated = conn.execute(
            text(
                "UPDATE service_orders SET state = :state, oss_ref = :ref, updated_at = now() "
                "WHERE order_id = :order_id"
            ),
            {"state": new_state, "ref": event.get("ossReference"), "order_id": event.get("orderId")},
        ).rowcount
    if not updated:
        log.warning("OSS event for unknown order %s", event.get("orderId"))
        return jsonify(status="unknown-order"), 404
    return jsonify(status="ok")
