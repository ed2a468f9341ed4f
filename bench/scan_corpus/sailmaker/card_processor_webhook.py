"""Receive payment notifications from the card processor and mark invoices paid."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

from loft.invoices import mark_paid

app = Flask(__name__)
log = logging.getLogger("loft.webhooks")

WEBHOOK_SECRET = os.environ["CARD_WEBHOOK_SECRET"].encode()
TOLERANCE_S = 300


def _parse_signature_header(header: str) -> dict:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return {"t": parts.get("t", "0"), "v1": parts.get("v1", "")}


def _expected_signature(timestamp: str, payload: bytes) -> str:
    signed = timestamp.encode() + b"." + payload
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


def verify(payload: bytes, header: str) -> bool:
    sig = _parse_signature_header(header)
    if abs(time.time() - int(sig["t"])) > TOLERANCE_S:
        return False
    return _expected_signature(sig["t"], payload) == sig["v1"]


@app.post("/webhooks/card-processor")
def card_processor_event():
    payload = request.get_data()
    if not verify(payload, request.headers.get("Processor-Signature", "")):
        abort(400)
    event = json.loads(payload)
    if event.get("type") == "payment_intent.succeeded":
        meta = event["data"]["object"].get("metadata", {})
        invoice_no = meta.get("invoice_number")
        if invoice_no:
            mark_paid(invoice_no, amount_cents=event["data"]["object"]["amount_received"])
            log.info("invoice %s paid via card processor", invoice_no)
    return "", 204
