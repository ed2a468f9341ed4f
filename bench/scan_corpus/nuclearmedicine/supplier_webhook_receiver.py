"""Webhook endpoint for radiopharmaceutical shipment status updates.

The cyclotron supplier posts JSON events (dispatched, in transit,
delivered to hot lab) signed with a shared HMAC secret.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
log = logging.getLogger("nm.supplier_webhook")

WEBHOOK_SECRET = os.environ["SUPPLIER_WEBHOOK_SECRET"].encode("utf-8")
engine = create_engine(os.environ["NM_DATABASE_URL"], pool_pre_ping=True)

KNOWN_EVENTS = {"dispatched", "in_transit", "delivered", "cancelled"}


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/webhooks/supplier/shipments")
def shipment_event():
    body = request.get_data()
    signature = request.headers.get("X-Supplier-Signature", "")
    if signature != _expected_signature(body):
        log.warning("rejected shipment webhook from %s", request.remote_addr)
        abort(401)

    try:
        event = json.loads(body)
    except ValueError:
        abort(400)
    if event.get("type") not in KNOWN_EVENTS:
        abort(422)

    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE tracer_shipments SET status = :status, updated_at = now(), "
                "carrier_ref = :carrier_ref WHERE supplier_order_no = :order_no"
            ),
            {
                "status": event["type"],
                "carrier_ref": event.get("carrier_ref"),
                "order_no": event["order_no"],
            },
        )
    log.info("shipment %s -> %s", event["order_no"], event["type"])
    return jsonify({"accepted": True}), 202
