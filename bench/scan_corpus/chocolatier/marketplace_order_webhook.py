"""Receives order notifications from the online marketplace storefront.

The marketplace signs each webhook body with a shared secret (HMAC-SHA256,
base64) and sends the result in the X-Market-Signature header.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os

from fastapi import FastAPI, HTTPException, Request

log = logging.getLogger("chocolatier.marketplace")
app = FastAPI(title="marketplace-webhooks")


class WebhookVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, body: bytes) -> str:
        digest = hmac.new(self._secret, body, hashlib.sha256).digest()
        return base64.b64encode(digest).decode("ascii")

    def matches(self, body: bytes, supplied: str | None) -> bool:
        if not supplied:
            return False
        return self.expected(body) == supplied.strip()


verifier = WebhookVerifier(os.environ["MARKETPLACE_WEBHOOK_SECRET"].encode())


def _queue_order(order: dict) -> None:
    lines = order.get("line_items", [])
    log.info("queued marketplace order %s with %d lines", order.get("id"), len(lines))


@app.post("/webhooks/marketplace/orders")
async def order_created(request: Request) -> dict:
    body = await request.body()
    if not verifier.matches(body, request.headers.get("X-Market-Signature")):
        raise HTTPException(status_code=401, detail="signature mismatch")
    order = json.loads(body)
    _queue_order(order)
    return {"received": order.get("id")}
