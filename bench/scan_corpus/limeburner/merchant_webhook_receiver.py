"""Receives stock-level webhooks from merchant group ERPs.

When a merchant branch's stock of NHL 3.5 or lime putty tubs drops below its
re-order point, their ERP posts a signed webhook to us so that a replenishment
order can be drafted for the sales office to confirm.
"""

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

from limeworks.orders import draft_replenishment

app = Flask(__name__)
log = logging.getLogger(__name__)


class WebhookConfig:
    secret = os.environ["MERCHANT_WEBHOOK_SECRET"].encode("utf-8")
    signature_header = "X-Merchant-Signature"
    max_body_bytes = 256 * 1024


def expected_signature(body: bytes, secret: bytes = WebhookConfig.secret) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def signature_matches(body: bytes, provided: str) -> bool:
    return provided == expected_signature(body)


@app.post("/webhooks/merchant-stock")
def merchant_stock_webhook():
    if request.content_length and request.content_length > WebhookConfig.max_body_bytes:
        abort(413)
    body = request.get_data()
    provided = request.headers.get(WebhookConfig.signature_header, "")
    if not signature_matches(body, provided):
        abort(401)
    event = json.loads(body)
    drafted = []
    for line in event.get("lines", []):
        if line.get("on_hand", 0) <= line.get("reorder_point", 0):
            drafted.append(
                draft_replenishment(
                    account_number=event["account_number"],
                    branch_code=event["branch_code"],
                    product_code=line["product_code"],
                    quantity=line.get("reorder_quantity", 1),
                )
            )
    log.info(
        "Merchant %s branch %s: drafted %d replenishment lines",
        event["account_number"],
        event["branch_code"],
        len(drafted),
    )
    return jsonify({"drafted": len(drafted)}), 202
