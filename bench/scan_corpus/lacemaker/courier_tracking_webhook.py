"""Courier tracking updates for dispatched thread and commission parcels.

The courier calls this endpoint when a parcel changes state so that customers
see the latest status on their order page.
"""
import base64
import hashlib
import hmac
import os

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel

from lacemaker.shop.dispatch import record_tracking_event

router = APIRouter()

COURIER_SECRET = os.environ["COURIER_WEBHOOK_SECRET"].encode()
DELIVERED = "DELIVERED"


class TrackingEvent(BaseModel):
    tracking_number: str
    status: str
    location: str | None = None
    occurred_at: str


def _sign(body: bytes) -> str:
    mac = hmac.new(COURIER_SECRET, body, hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


@router.post("/webhooks/courier")
async def courier_update(request: Request, x_courier_hmac: str = Header(default="")):
    body = await request.body()
    if not hmac.compare_digest(_sign(body), x_courier_hmac):
        raise HTTPException(status_code=401)
    event = TrackingEvent.model_validate_json(body)
    notify = event.status == DELIVERED
    await record_tracking_event(
        event.tracking_number,
        event.status,
        event.location,
        event.occurred_at,
        notify_customer=notify,
    )
    return {"ok": True}
