"""Receives order webhooks from the online pro-shop platform and reserves stock."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
log = logging.getLogger("shop.webhooks")

engine = create_engine(os.environ["SHOP_DATABASE_URL"], pool_pre_ping=True)
WEBHOOK_SECRET = os.environ["SHOP_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def _reserve_stock(order: dict) -> None:
    with engine.begin() as conn:
        for line in order.get("line_items", []):
            conn.execute(
                text(
                    "UPDATE stock SET reserved = reserved + :qty "
                    "WHERE sku = :sku AND on_hand - reserved >= :qty"
                ),
                {"qty": int(line["quantity"]), "sku": line["sku"]},
            )
        conn.execute(
            text("INSERT INTO web_orders (external_id, status, payload) VALUES (:id, :st, :p)"),
            {"id": order["id"], "st": order.get("status", "paid"), "p": json.dumps(order)},
        )


@app.post("/webhooks/shop/orders")
def order_webhook():
    body = request.get_data()
    signature = request.headers.get("X-Shop-Signature-SHA256", "")
    if not signature or signature != _expected_signature(body):
        log.warning("rejected order webhook with bad signature from %s", request.remote_addr)
        abort(401)
    event = json.loads(body)
    if event.get("topic") != "orders/paid":
        return {"ignored": event.get("topic")}, 202
    _reserve_stock(event["order"])
    log.info("reserved stock for web order %s", event["order"]["id"])
    return {"ok": True}, 200
