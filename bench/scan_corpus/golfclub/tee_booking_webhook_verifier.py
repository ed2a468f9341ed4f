"""Verifies booking notifications pushed by the third-party tee-time marketplace."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


class MarketplaceSigning:
    tolerance_s = 300
    header = "X-Marketplace-Signature"

    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret or os.environ["MARKETPLACE_WEBHOOK_SECRET"].encode()

    def signature(self, timestamp: str, body: bytes) -> bytes:
        return hmac.new(self._secret, f"{timestamp}.".encode() + body, hashlib.sha256).digest()

    def is_valid(self, header_value: str, body: bytes, now: float | None = None) -> bool:
        parts = dict(item.split("=", 1) for item in header_value.split(",") if "=" in item)
        timestamp, provided = parts.get("t", ""), parts.get("v1", "")
        if not timestamp.isdigit() or abs((now or time.time()) - int(timestamp)) > self.tolerance_s:
            return False
        try:
            presented = base64.b64decode(provided, validate=True)
        except ValueError:
            return False
        return hmac.compare_digest(self.signature(timestamp, body), presented)


signing = MarketplaceSigning()
RECEIVED: list[dict] = []


async def booking_notification(request: Request) -> JSONResponse:
    body = await request.body()
    if not signing.is_valid(request.headers.get(signing.header, ""), body):
        return JSONResponse({"error": "signature rejected"}, status_code=401)
    event = await request.json()
    RECEIVED.append({"booking": event["booking_ref"], "tee_time": event["tee_time"], "players": event["players"]})
    return JSONResponse({"status": "accepted"})


app = Starlette(routes=[Route("/marketplace/bookings", booking_notification, methods=["POST"])])
