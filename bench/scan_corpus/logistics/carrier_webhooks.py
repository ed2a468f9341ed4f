"""Webhook endpoint for status callbacks from line-haul carriers.

Carriers sign the raw request body with HMAC-SHA256 using the secret agreed
at onboarding and send the hex digest in ``X-Carrier-Signature``.
"""
import hashlib
import hmac
import logging
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request

from .db import db
from .models import Shipment, ShipmentEvent

bp = Blueprint("carrier_webhooks", __name__)
log = logging.getLogger(__name__)

STATUS_MAP = {
    "PU": "picked_up",
    "IT": "in_transit",
    "OD": "out_for_delivery",
    "DL": "delivered",
    "EX": "exception",
}


def _expected_signature(body: bytes) -> str:
    secret = current_app.config["CARRIER_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/webhooks/carrier/status")
def carrier_status():
    sent = request.headers.get("X-Carrier-Signature", "")
    if sent != _expected_signature(request.get_data()):
        abort(401)

    event = request.get_json(force=True)
    shipment = Shipment.query.filter_by(carrier_ref=event["pro_number"]).first()
    if shipment is None:
        log.info("status for unknown PRO %s ignored", event["pro_number"])
        return jsonify(ignored=True), 202

    status = STATUS_MAP.get(event["status_code"], "unknown")
    db.session.add(
        ShipmentEvent(
            shipment_id=shipment.id,
            status=status,
            location=event.get("location"),
            occurred_at=datetime.fromisoformat(event["timestamp"]),
        )
    )
    shipment.status = status
    db.session.commit()
    return jsonify(ok=True)
