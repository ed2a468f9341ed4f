"""Handles payment provider webhooks for quote deposits.

Customers pay a deposit (usually 25% of the quote) to reserve a slot in the
thatching calendar. The payment provider notifies us when the payment
succeeds or is refunded; the notification carries a timestamped signature.
"""

import hashlib
import hmac
import json
import os
import time

from aiohttp import web

from thatcher.bookings import confirm_deposit, record_refund

TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts["t"]), parts["v1"]


def verify_event(payload: bytes, header: str, secret: str, now: float | None = None) -> bool:
    try:
        timestamp, provided = _parse_signature_header(header)
    except (KeyError, ValueError):
        return False
    if abs((now or time.time()) - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + payload
    computed = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(computed, provided)


async def payment_webhook(request: web.Request) -> web.Response:
    payload = await request.read()
    header = request.headers.get("Payment-Signature", "")
    if not verify_event(payload, header, request.app["webhook_secret"]):
        return web.Response(status=400, text="bad signature")
    event = json.loads(payload)
    kind = event.get("type")
    data = event.get("data", {})
    if kind == "payment.succeeded":
        await confirm_deposit(quote_ref=data["metadata"]["quote_ref"], amount=data["amount"])
    elif kind == "payment.refunded":
        await record_refund(quote_ref=data["metadata"]["quote_ref"], amount=data["amount_refunded"])
    return web.Response(status=204)


def create_app() -> web.Application:
    app = web.Application()
    app["webhook_secret"] = os.environ["PAYMENT_WEBHOOK_SECRET"]
    app.router.add_post("/webhooks/payments", payment_webhook)
    return app
