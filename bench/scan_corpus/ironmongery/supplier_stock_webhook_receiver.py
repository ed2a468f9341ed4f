"""FastAPI receiver for supplier stock and price-change notifications.

Suppliers sign ``<timestamp>.<body>`` with HMAC-SHA256 and send the result
in ``X-Signature``; notifications older than five minutes are refused.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

log = logging.getLogger(__name__)

router = APIRouter(prefix="/webhooks")

MAX_SKEW_SECONDS = 300


class SupplierSecrets:
    def __init__(self, environ=os.environ) -> None:
        self._environ = environ

    def for_supplier(self, code: str) -> bytes:
        value = self._environ.get(f"SUPPLIER_{code.upper()}_WEBHOOK_SECRET")
        if value is None:
            raise HTTPException(status_code=404)
        return value.encode("utf-8")


secrets_store = SupplierSecrets()


def signature_ok(secret: bytes, timestamp: str, body: bytes, presented: str) -> bool:
    signed = timestamp.encode("ascii") + b"." + body
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, presented)


@router.post("/suppliers/{code}/stock")
async def supplier_stock(
    code: str,
    request: Request,
    x_signature: str = Header(...),
    x_timestamp: str = Header(...),
):
    body = await request.body()
    try:
        sent_at = int(x_timestamp)
    except ValueError:
        raise HTTPException(status_code=400, detail="bad timestamp")
    if abs(time.time() - sent_at) > MAX_SKEW_SECONDS:
        raise HTTPException(status_code=401, detail="stale notification")
    if not signature_ok(secrets_store.for_supplier(code), x_timestamp, body, x_signature):
        log.warning("Rejected unsigned stock notification from %s", code)
        raise HTTPException(status_code=401, detail="bad signature")

    event = json.loads(body)
    queue = request.app.state.stock_queue
    await queue.put({"supplier": code, "type": event.get("type", "stock"), "lines": event.get("lines", [])})
    log.info("Queued %d lines from %s", len(event.get("lines", [])), code)
    return {"accepted": True}
