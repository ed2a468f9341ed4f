"""Receives ticket and payment events from the cloud POS provider (aiohttp app)."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from aiohttp import web

MAX_CLOCK_SKEW_S = 300


def _expected_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    signed = timestamp.encode() + b"." + body
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


async def pos_event(request: web.Request) -> web.Response:
    timestamp = request.headers.get("X-POS-Timestamp", "")
    signature = request.headers.get("X-POS-Signature", "")
    body = await request.read()

    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_CLOCK_SKEW_S:
        raise web.HTTPUnauthorized(text="stale or missing timestamp")

    expected = _expected_signature(request.app["pos_webhook_secret"], timestamp, body)
    if not hmac.compare_digest(expected, signature):
        raise web.HTTPUnauthorized(text="signature mismatch")

    event = json.loads(body)
    if event["type"] == "ticket.closed":
        await request.app["tickets"].mark_closed(event["data"]["ticket_id"], event["data"]["total"])
    elif event["type"] == "payment.refunded":
        await request.app["payments"].record_refund(event["data"])
    return web.json_response({"received": True})


def create_app() -> web.Application:
    app = web.Application(client_max_size=256 * 1024)
    app["pos_webhook_secret"] = os.environ["POS_WEBHOOK_SECRET"].encode()
    app.router.add_post("/webhooks/pos", pos_event)
    return app
