"""Receive order notifications from the sympathy-flowers partner.

When a guest orders flowers from the obituary page, the florist network
notifies us so the delivery can be added to the service run sheet.
"""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from fhgroup.scheduling.run_sheet import add_flower_delivery

router = APIRouter(prefix="/hooks/florist")
MAX_SKEW_SECONDS = 300


def _secret() -> bytes:
    return os.environ["FLORIST_WEBHOOK_SECRET"].encode()


def _sign(timestamp: str, body: bytes) -> str:
    return hmac.new(_secret(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def _valid(timestamp: str, body: bytes, signature: str) -> bool:
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        return False
    return hmac.compare_digest(_sign(timestamp, body), signature.strip().lower())


@router.post("/orders")
async def florist_order(
    request: Request,
    x_florist_timestamp: str = Header(...),
    x_florist_signature: str = Header(...),
):
    body = await request.body()
    if not _valid(x_florist_timestamp, body, x_florist_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    if event.get("event") == "order.created":
        add_flower_delivery(
            service_id=int(event["service_reference"]),
            florist=event["florist_name"],
            item=event["product_name"],
            deliver_by=event["delivery_window_end"],
        )
    return {"received": True}
