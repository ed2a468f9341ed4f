"""Inbound webhooks from the online fundraising platform (gifts and pledges)."""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .donations import record_gift, record_pledge

router = APIRouter(prefix="/hooks/fundraising")

SIGNING_SECRET = os.environ["FUNDRAISING_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300
HANDLERS = {"gift.created": record_gift, "pledge.created": record_pledge}


def _signature(body: bytes, timestamp: str) -> str:
    return hmac.new(SIGNING_SECRET, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


@router.post("")
async def receive(
    request: Request,
    x_fundraising_timestamp: str = Header(""),
    x_fundraising_signature: str = Header(""),
):
    if not x_fundraising_timestamp.isdigit() or not x_fundraising_signature:
        raise HTTPException(status_code=401)
    if abs(time.time() - int(x_fundraising_timestamp)) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=401)
    body = await request.body()
    expected = _signature(body, x_fundraising_timestamp)
    if not hmac.compare_digest(expected.encode(), x_fundraising_signature.encode()):
        raise HTTPException(status_code=401)

    event = await request.json()
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        return {"status": "ignored"}
    handler(event["data"])
    return {"status": "ok"}
