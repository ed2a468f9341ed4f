"""Receives payment notifications for web-shop orders.

The payment provider signs each notification with a shared secret; during
a secret rotation both the current and the previous secret are accepted.
"""
import hashlib
import hmac
import json

from flask import Flask, abort, request

from hornworker.orders import mark_order_paid, mark_order_failed
from hornworker.settings import PAYMENT_WEBHOOK

app = Flask(__name__)


def _sign(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def accepted_signatures(body: bytes) -> tuple[str, ...]:
    secrets_in_use = [PAYMENT_WEBHOOK["secret"]]
    if PAYMENT_WEBHOOK.get("previous_secret"):
        secrets_in_use.append(PAYMENT_WEBHOOK["previous_secret"])
    return tuple(_sign(s, body) for s in secrets_in_use)


@app.post("/webhooks/payments")
def payment_event():
    body = request.get_data()
    presented = request.headers.get("X-Payment-Signature", "").removeprefix("sha256=")
    if presented not in accepted_signatures(body):
        abort(401)
    event = json.loads(body)
    order_ref = event["data"]["metadata"]["order_ref"]
    if event["type"] == "payment.succeeded":
        mark_order_paid(order_ref, amount_pence=event["data"]["amount"])
    elif event["type"] in ("payment.failed", "payment.cancelled"):
        mark_order_failed(order_ref, reason=event["data"].get("failure_reason"))
    return "", 204
