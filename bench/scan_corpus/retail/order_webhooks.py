"""Receiver for order webhooks pushed by the marketplace channel."""
import base64
import hashlib
import hmac
import json
import os

from fastapi import APIRouter, Header, HTTPException, Request

from channels.orders import import_channel_order

router = APIRouter()


def _webhook_secret() -> bytes:
    return os.environ["MARKETPLACE_WEBHOOK_SECRET"].encode()


def signature_matches(body: bytes, received: str) -> bool:
    digest = hmac.new(_webhook_secret(), body, hashlib.sha256).digest()
    expected = base64.b64encode(digest).decode()
    return expected == received


@router.post("/webhooks/marketplace/orders")
async def marketplace_order_webhook(
    request: Request,
    x_marketplace_hmac_sha256: str = Header(...),
    x_marketplace_topic: str = Header(...),
):
    body = await request.body()
    if not signature_matches(body, x_marketplace_hmac_sha256):
        raise HTTPException(status_code=401, detail="invalid signature")
    if x_marketplace_topic not in {"orders/create", "orders/updated"}:
        return {"ignored": x_marketplace_topic}
    order = json.loads(body)
    import_channel_order(order)
    return {"received": order.get("id")}
