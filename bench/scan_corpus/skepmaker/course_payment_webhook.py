"""Webhook receiver confirming card payments for course bookings."""
import hashlib
import hmac
import json
import logging

from aiohttp import web

from skepmaker.config import settings
from skepmaker.courses.bookings import confirm_payment

log = logging.getLogger(__name__)


def compute_signature(payload: bytes, timestamp: str, secret: str) -> str:
    signed = f"{timestamp}.".encode() + payload
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def parse_signature_header(header: str) -> dict:
    parts = {}
    for item in header.split(","):
        key, _, value = item.partition("=")
        parts[key.strip()] = value.strip()
    return parts


async def payment_webhook(request: web.Request) -> web.Response:
    payload = await request.read()
    parts = parse_signature_header(request.headers.get("Payment-Signature", ""))
    timestamp = parts.get("t", "")
    received = parts.get("v1", "")
    expected = compute_signature(payload, timestamp, settings.PAYMENT_WEBHOOK_SECRET)
    if not hmac.compare_digest(received, expected):
        return web.Response(status=400, text="signature mismatch")

    event = json.loads(payload)
    if event.get("type") == "checkout.session.completed":
        booking_ref = event["data"]["object"]["client_reference_id"]
        await confirm_payment(booking_ref, event["data"]["object"]["amount_total"])
        log.info("booking %s confirmed via webhook", booking_ref)
    return web.Response(status=200, text="ok")


def setup_routes(app: web.Application) -> None:
    app.router.add_post("/webhooks/payments", payment_webhook)
