"""Receives stock and price webhooks from ingredient suppliers (oils, lye, fragrance)."""

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
log = logging.getLogger("supplier_webhooks")

engine = create_engine(os.environ["INVENTORY_DATABASE_URL"], pool_pre_ping=True)
WEBHOOK_SECRET = os.environ["SUPPLIER_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/webhooks/supplier")
def supplier_webhook():
    body = request.get_data(cache=False)
    presented = request.headers.get("X-Supplier-Signature", "")
    if presented.removeprefix("sha256=") == _expected_signature(body):
        event = json.loads(body)
    else:
        log.warning("rejected supplier webhook from %s", request.remote_addr)
        abort(401)

    kind = event.get("type")
    if kind == "price.updated":
        with engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE ingredients SET unit_price_cents = :price, price_updated_at = now() "
                    "WHERE supplier_sku = :sku"
                ),
                {"price": int(event["unit_price_cents"]), "sku": event["sku"]},
            )
    elif kind == "stock.updated":
        with engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE ingredients SET supplier_stock_kg = :kg WHERE supplier_sku = :sku"
                ),
                {"kg": float(event["available_kg"]), "sku": event["sku"]},
            )
    else:
        log.info("ignoring supplier event type %s", kind)
        return jsonify({"ignored": True}), 202

    log.info("applied supplier event %s for sku %s", kind, event.get("sku"))
    return jsonify({"ok": True})
