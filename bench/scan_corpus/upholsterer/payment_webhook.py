"""Webhook receiver for the card payment provider.

Deposits are taken when a customer approves a quote; the balance is taken
on delivery. The provider calls us back when a payment settles or fails.
"""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, jsonify, request

from .jobs import mark_balance_paid, mark_deposit_paid, record_failed_payment

bp = Blueprint("payment_webhook", __name__)

WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> dict[str, str]:
    parts = (item.split("=", 1) for item in header.split(",") if "=" in item)
    return {k.strip(): v.strip() for k, v in parts}


def _expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode() + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


@bp.post("/webhooks/payments")
def payment_event():
    fields = _parse_signature_header(request.headers.get("Payment-Signature", ""))
    timestamp, signature = fields.get("t"), fields.get("v1")
    if not timestamp or not signature or not timestamp.isdigit():
        abort(400)
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        abort(400)
    if signature != _expected_signature(timestamp, request.get_data()):
        abort(401)

    event = request.get_json()
    intent = event["data"]["object"]
    job_id = int(intent["metadata"]["job_id"])
    stage = intent["metadata"].get("stage", "deposit")

    if event["type"] == "payment_intent.succeeded":
        if stage == "deposit":
            mark_deposit_paid(job_id, amount_pence=intent["amount_received"])
        else:
            mark_balance_paid(job_id, amount_pence=intent["amount_received"])
    elif event["type"] == "payment_intent.payment_failed":
        record_failed_payment(job_id, reason=intent.get("last_payment_error", {}).get("code"))
    return jsonify(received=True)
