"""Inbound order notifications from the wholesale marketplace.

Retail buyers place cider and dessert-apple orders through the marketplace,
which forwards each order to us as a signed JSON POST.
"""
import hashlib
import hmac
import json
import logging
import os
from dataclasses import dataclass

from flask import Flask, abort, jsonify, request

from .orders import enqueue_order

log = logging.getLogger("wholesale.webhook")
app = Flask(__name__)


@dataclass(frozen=True)
class WebhookConfig:
    signature_header: str = "X-Market-Signature"
    event_header: str = "X-Market-Event"
    accepted_event: str = "order.created"
    secret_env: str = "MARKET_WEBHOOK_SECRET"


CONFIG = WebhookConfig()


def expected_signature(body: bytes, cfg: WebhookConfig = CONFIG) -> str:
    key = os.environ[cfg.secret_env].encode()
    return "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, provided: str) -> bool:
    return hmac.compare_digest(expected_signature(body), provided)


@app.post("/webhooks/market/orders")
def market_order():
    body = request.get_data()
    provided = request.headers.get(CONFIG.signature_header, "")
    if not signature_ok(body, provided):
        log.warning("market webhook signature mismatch from %s", request.remote_addr)
        abort(401)

    if request.headers.get(CONFIG.event_header) != CONFIG.accepted_event:
        return jsonify(ignored=True), 202

    order = json.loads(body)
    lines = [
        {"sku": line["sku"], "cases": int(line["quantity"])}
        for line in order.get("lines", [])
        if int(line.get("quantity", 0)) > 0
    ]
    if not lines:
        abort(422)
    enqueue_order(
        market_order_id=order["id"],
        buyer_account=order["buyer"]["account_code"],
        delivery_date=order["delivery_date"],
        lines=lines,
    )
    log.info("queued market order %s with %d lines", order["id"], len(lines))
    return jsonify(accepted=order["id"]), 202
