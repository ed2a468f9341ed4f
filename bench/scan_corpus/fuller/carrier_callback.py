"""Delivery callbacks from the haulier that carries rolls to wholesale customers."""
import base64
import hashlib
import hmac
import os
import time
from hmac import compare_digest as same

from fastapi import APIRouter, HTTPException, Request

router = APIRouter()

MAX_SKEW_SECONDS = 300


def _secret() -> bytes:
    return os.environ["CARRIER_CALLBACK_SECRET"].encode("utf-8")


def _sign(timestamp: str, body: bytes) -> str:
    mac = hmac.new(_secret(), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return base64.b64encode(mac.digest()).decode("ascii")


def verify_callback(timestamp: str, signature: str, body: bytes) -> bool:
    try:
        ts = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - ts) > MAX_SKEW_SECONDS:
        return False
    return same(_sign(timestamp, body), signature)


@router.post("/carrier/callbacks")
async def carrier_callback(request: Request):
    body = await request.body()
    if not verify_callback(
        request.headers.get("X-Carrier-Timestamp", ""),
        request.headers.get("X-Carrier-Signature", ""),
        body,
    ):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = await request.json()
    if event.get("status") == "delivered":
        await request.app.state.orders.mark_delivered(
            consignment=event["consignment_no"], signed_by=event.get("signed_by")
        )
    return {"ok": True}
