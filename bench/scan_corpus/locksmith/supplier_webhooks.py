"""Receive stock and shipping notifications from the wholesaler's webhook."""
import hashlib
import hmac
import json
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter()

_SECRET = os.environ.get("SUPPLIER_WEBHOOK_SECRET", "").encode()
_MAX_SKEW = 300


def _expected_signature(body: bytes, timestamp: str) -> str:
    msg = timestamp.encode() + b"." + body
    return "sha256=" + hmac.new(_SECRET, msg, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, timestamp: str, signature: str) -> bool:
    try:
        if abs(time.time() - int(timestamp)) > _MAX_SKEW:
            return False
    except ValueError:
        return False
    return signature == _expected_signature(body, timestamp)


@router.post("/webhooks/supplier")
async def supplier_event(request: Request,
                         x_signature: str = Header(...),
                         x_timestamp: str = Header(...)):
    body = await request.body()
    if not _SECRET or not _signature_ok(body, x_timestamp, x_signature):
        raise HTTPException(status_code=401, detail="invalid signature")
    event = json.loads(body)
    kind = event.get("type")
    if kind == "order.shipped":
        await request.app.state.orders.mark_shipped(event["order_ref"], event.get("tracking"))
    elif kind == "stock.changed":
        await request.app.state.catalog.update_stock(event["sku"], int(event["available"]))
    return {"received": True}
