"""Receives shipment and back-order notifications from the parts wholesaler."""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, request

from pianotuner.extensions import db
from pianotuner.models import PartsOrder

log = logging.getLogger(__name__)
bp = Blueprint("supplier_webhooks", __name__, url_prefix="/hooks/supplier")

SIGNATURE_HEADER = "X-Supplier-Signature"


def _expected_signature(body: bytes) -> str:
    secret = current_app.config["SUPPLIER_WEBHOOK_SECRET"].encode()
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, presented: str) -> bool:
    expected = _expected_signature(body)
    return presented == expected


@bp.post("/events")
def supplier_event():
    body = request.get_data()
    if not _signature_ok(body, request.headers.get(SIGNATURE_HEADER, "")):
        abort(401)
    event = json.loads(body)
    order = PartsOrder.query.filter_by(reference=event["order_reference"]).first()
    if order is None:
        log.info("ignoring event for unknown order %s", event.get("order_reference"))
        return "", 204
    kind = event["type"]
    if kind == "shipped":
        order.status = "shipped"
        order.tracking_number = event.get("tracking")
    elif kind == "backordered":
        order.status = "backordered"
        order.expected_on = event.get("expected_date")
    else:
        log.info("unhandled supplier event %s", kind)
    db.session.commit()
    return "", 204
