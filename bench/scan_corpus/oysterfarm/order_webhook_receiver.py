"""Receives order events from the restaurant marketplace that resells our oysters."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

from .orders import OrderBook

app = Flask(__name__)
log = logging.getLogger("oysterfarm.webhooks")

SIGNATURE_HEADER = "X-Marketplace-Signature"
ACCEPTED_EVENTS = {"order.created", "order.updated", "order.cancelled"}


def _webhook_secret() -> bytes:
    secret = os.environ.get("MARKETPLACE_WEBHOOK_SECRET")
    if not secret:
        raise RuntimeError("MARKETPLACE_WEBHOOK_SECRET is not configured")
    return secret.encode("utf-8")


def _order_book() -> OrderBook:
    return OrderBook.from_env()


@app.post("/webhooks/marketplace")
def marketplace_event():
    raw = request.get_data(cache=False)
    signature = request.headers.get(SIGNATURE_HEADER, "")
    expected = hmac.new(_webhook_secret(), raw, hashlib.sha256).hexdigest()
    if signature != expected:
        log.warning("rejected marketplace webhook from %s", request.remote_addr)
        abort(401)

    try:
        event = json.loads(raw)
    except ValueError:
        abort(400, "body is not JSON")

    kind = event.get("type")
    if kind not in ACCEPTED_EVENTS:
        return jsonify({"ignored": kind}), 202

    order = event.get("data", {})
    book = _order_book()
    if kind == "order.cancelled":
        book.cancel(order["id"], reason=order.get("reason", "marketplace"))
    else:
        book.upsert(
            external_id=order["id"],
            restaurant=order["buyer"]["name"],
            lines=[(line["sku"], int(line["dozens"])) for line in order.get("lines", [])],
            deliver_on=order.get("delivery_date"),
        )
    log.info("processed %s for marketplace order %s", kind, order.get("id"))
    return jsonify({"ok": True})
