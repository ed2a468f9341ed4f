"""Handles payment events from the card processor for tuning and restoration invoices."""
import hashlib
import hmac
import json
import time

from aiohttp import web

from pianotuner.billing import mark_invoice_paid, mark_invoice_failed
from pianotuner.settings import settings

TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> dict:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return {"timestamp": parts.get("t", "0"), "signature": parts.get("v1", "")}


class PaymentEventVerifier:
    def __init__(self, secret: str):
        self._secret = secret.encode()

    def verify(self, payload: bytes, header: str) -> bool:
        parsed = _parse_signature_header(header)
        if abs(time.time() - int(parsed["timestamp"])) > TOLERANCE_SECONDS:
            return False
        signed = parsed["timestamp"].encode() + b"." + payload
        expected = hmac.new(self._secret, signed, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, parsed["signature"])


verifier = PaymentEventVerifier(settings.card_webhook_secret)


async def payment_event(request: web.Request) -> web.Response:
    payload = await request.read()
    if not verifier.verify(payload, request.headers.get("Processor-Signature", "")):
        return web.Response(status=400, text="signature mismatch")
    event = json.loads(payload)
    invoice_ref = event["data"]["object"]["metadata"].get("invoice_number")
    if event["type"] == "payment_intent.succeeded":
        await mark_invoice_paid(invoice_ref, event["data"]["object"]["amount_received"])
    elif event["type"] == "payment_intent.payment_failed":
        await mark_invoice_failed(invoice_ref, event["data"]["object"].get("last_payment_error"))
    return web.Response(status=200)


def setup(app: web.Application) -> None:
    app.router.add_post("/webhooks/payments", payment_event)
