"""Receives delivery and back-order notifications from the substrate supplier."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("supplier.webhooks")

WEBHOOK_SECRET = os.environ["SUPPLIER_WEBHOOK_SECRET"].encode("utf-8")

HANDLED_EVENTS = {"order.dispatched", "order.backordered", "order.delivered"}


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def _record_event(event: dict) -> None:
    from workshop.db import get_session
    from workshop.models import SupplierOrderEvent

    with get_session() as session:
        session.add(
            SupplierOrderEvent(
                supplier_order_id=event["order_id"],
                kind=event["type"],
                payload=json.dumps(event),
            )
        )
        session.commit()


@app.post("/webhooks/supplier")
def supplier_webhook():
    body = request.get_data()
    received = request.headers.get("X-Supplier-Signature", "")
    if received != _expected_signature(body):
        log.warning("rejected supplier webhook with bad signature")
        abort(401)

    event = json.loads(body)
    if event.get("type") not in HANDLED_EVENTS:
        return jsonify(status="ignored"), 202

    _record_event(event)
    log.info("supplier event %s for order %s", event["type"], event["order_id"])
    return jsonify(status="ok")
