"""Receives stock and harvest notifications from the reed merchant.

The merchant's system posts a webhook whenever a batch of Norfolk or
imported reed is graded and ready, or when a promised delivery slips. Each
body is signed with a shared secret using HMAC-SHA256.
"""

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("thatcher.webhooks.merchant")


def _merchant_secret() -> bytes:
    return os.environ["REED_MERCHANT_WEBHOOK_SECRET"].encode()


def expected_signature(body: bytes, secret: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, header_value: str | None) -> bool:
    if not header_value:
        return False
    computed = expected_signature(body, _merchant_secret())
    return computed == header_value.strip()


def record_batch(event: dict) -> None:
    from thatcher.stock import upsert_reed_batch

    upsert_reed_batch(
        batch_code=event["batch"],
        grade=event.get("grade"),
        bundles=int(event.get("bundles", 0)),
        origin=event.get("origin"),
    )


def record_delay(event: dict) -> None:
    from thatcher.deliveries import mark_delayed

    mark_delayed(event["order_ref"], event.get("new_date"))


HANDLERS = {"batch.graded": record_batch, "delivery.delayed": record_delay}


@app.post("/hooks/reed-merchant")
def merchant_hook():
    raw = request.get_data()
    if not signature_ok(raw, request.headers.get("X-Merchant-Signature")):
        abort(401)
    event = json.loads(raw)
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        log.info("Ignoring merchant event type %s", event.get("type"))
        return "", 204
    handler(event)
    return "", 204
