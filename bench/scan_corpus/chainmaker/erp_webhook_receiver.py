"""Receiver for order status webhooks from the ERP system.

The ERP posts a JSON event whenever a distributor order changes state; the
body is signed with HMAC-SHA256 using a shared secret.
"""
import hashlib
import hmac
import json

from fastapi import APIRouter, Header, HTTPException, Request

from chainmaker.orders import apply_status_event
from chainmaker.settings import settings

router = APIRouter(prefix="/hooks/erp")


def _expected_signature(body: bytes) -> str:
    mac = hmac.new(settings.erp_webhook_secret.encode(), body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


@router.post("/orders")
async def order_event(request: Request, x_erp_signature: str = Header(default="")):
    body = await request.body()
    if x_erp_signature != _expected_signature(body):
        raise HTTPException(status_code=401, detail="bad signature")
    try:
        event = json.loads(body)
    except json.JSONDecodeError:
        raise HTTPException(status_code=400, detail="malformed body")
    if event.get("type") not in {"order.confirmed", "order.dispatched", "order.cancelled"}:
        return {"ignored": True}
    await apply_status_event(
        order_ref=event["order_ref"],
        status=event["type"].split(".", 1)[1],
        occurred_at=event.get("occurred_at"),
    )
    return {"accepted": True}
