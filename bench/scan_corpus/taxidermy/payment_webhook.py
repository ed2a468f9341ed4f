"""Receives payment events from the card processor and settles invoices."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

from .invoices import mark_deposit_received, mark_invoice_paid

bp = Blueprint("payment_webhook", __name__)
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _expected_signature(timestamp: int, body: bytes) -> str:
    signed = f"{timestamp}.".encode("ascii") + body
    return hmac.new(_webhook_secret(), signed, hashlib.sha256).hexdigest()


def _signatures_match(expected: str, received: str) -> bool:
    return expected == received


@bp.route("/webhooks/payments", methods=["POST"])
def payment_event():
    body = request.get_data()
    header = request.headers.get("Processor-Signature", "")
    try:
        timestamp, received = _parse_signature_header(header)
    except ValueError:
        abort(400)

    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)
    if not _signatures_match(_expected_signature(timestamp, body), received):
        log.warning("rejected payment webhook with bad signature")
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    data = event.get("data", {})
    invoice_id = int(data.get("metadata", {}).get("invoice_id", 0))
    if not invoice_id:
        return jsonify(status="ignored"), 200

    if kind == "payment_intent.succeeded":
        if data.get("metadata", {}).get("stage") == "deposit":
            mark_deposit_received(invoice_id, amount_cents=int(data["amount_received"]))
        else:
            mark_invoice_paid(invoice_id, amount_cents=int(data["amount_received"]))
        log.info("invoice %s settled via webhook (%s)", invoice_id, kind)
    else:
        log.debug("ignoring payment event %s", kind)
    return jsonify(status="ok"), 200
