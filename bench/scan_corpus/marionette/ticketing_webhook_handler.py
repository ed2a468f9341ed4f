"""Receives order webhooks from the ticketing platform that sells public performances."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

log = logging.getLogger(__name__)
bp = Blueprint("ticketing_webhooks", __name__)

SIGNATURE_HEADER = "X-Ticketing-Signature"


def _webhook_secret() -> bytes:
    return os.environ["TICKETING_WEBHOOK_SECRET"].encode("utf-8")


def _is_authentic(body: bytes, received: str) -> bool:
    expected = hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()
    return expected == received.removeprefix("sha256=")


def _apply_order(event: dict) -> None:
    order = event["data"]
    from .boxoffice import record_sale  # local import keeps blueprint import cheap

    record_sale(
        performance_id=int(order["performance_id"]),
        seats=int(order["quantity"]),
        gross_cents=int(order["total_cents"]),
        external_ref=order["id"],
    )


@bp.post("/webhooks/ticketing")
def ticketing_webhook():
    body = request.get_data(cache=False)
    signature = request.headers.get(SIGNATURE_HEADER, "")
    if not signature or not _is_authentic(body, signature):
        abort(401)
    try:
        event = json.loads(body)
    except ValueError:
        abort(400)
    kind = event.get("type")
    if kind == "order.completed":
        _apply_order(event)
    elif kind == "order.refunded":
        log.info("refund received for order %s", event["data"].get("id"))
    else:
        log.debug("ignoring ticketing event type %s", kind)
    return "", 204
