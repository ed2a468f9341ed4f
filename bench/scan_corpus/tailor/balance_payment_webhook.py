"""Webhook receiver for final balance payments on finished garments."""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, current_app, request
from sqlalchemy import text

from hc_shop.db import engine

bp = Blueprint("balance_webhook", __name__)

SIGNATURE_HEADER = "Payments-Signature"
TOLERANCE_SECONDS = 300
HANDLED_EVENTS = {"payment_intent.succeeded", "charge.refunded"}


def _secret() -> bytes:
    return os.environ["HC_PAYMENTS_WEBHOOK_SECRET"].encode("utf-8")


def _signature_parts(header: str) -> tuple[int, list[str]]:
    timestamp, sigs = 0, []
    for item in header.split(","):
        key, _, value = item.partition("=")
        if key == "t":
            timestamp = int(value or 0)
        elif key == "v1":
            sigs.append(value)
    return timestamp, sigs


def _verify(body: bytes, header: str) -> bool:
    timestamp, candidates = _signature_parts(header)
    if not candidates or abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    expected = hmac.new(_secret(), f"{timestamp}.".encode("ascii") + body, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, candidate) for candidate in candidates)


@bp.post("/webhooks/payments/balance")
def balance_event():
    body = request.get_data()
    if not _verify(body, request.headers.get(SIGNATURE_HEADER, "")):
        abort(400)

    event = json.loads(body)
    if event.get("type") not in HANDLED_EVENTS:
        return "", 204

    obj = event["data"]["object"]
    paid = event["type"] == "payment_intent.succeeded"
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE orders SET balance_paid = :paid, stage = :stage "
                "WHERE reference = :ref"
            ),
            {"paid": paid, "stage": "ready_for_collection" if paid else "refunded", "ref": obj["metadata"]["order_ref"]},
        )
    current_app.logger.info("balance event %s handled", event["id"])
    return "", 204
