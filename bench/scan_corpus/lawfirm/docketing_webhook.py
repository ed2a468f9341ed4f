"""Receive deadline events from the court-rules docketing service."""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .calendar_sync import upsert_deadline, cancel_deadline

router = APIRouter(prefix="/hooks/docketing")
MAX_SKEW_SECONDS = 300


def _signing_key() -> bytes:
    return os.environ["DOCKETING_WEBHOOK_SECRET"].encode("utf-8")


@router.post("/events")
async def docketing_event(
    request: Request,
    x_signature: str = Header(...),
    x_timestamp: str = Header(...),
):
    if abs(time.time() - int(x_timestamp)) > MAX_SKEW_SECONDS:
        raise HTTPException(status_code=400, detail="stale event")

    body = await request.body()
    expected = hmac.new(_signing_key(), x_timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_signature):
        raise HTTPException(status_code=401, detail="bad signature")

    event = await request.json()
    if event["type"] == "deadline.created" or event["type"] == "deadline.updated":
        upsert_deadline(event["matter_ref"], event["deadline"])
    elif event["type"] == "deadline.cancelled":
        cancel_deadline(event["matter_ref"], event["deadline"]["id"])
    return {"received": True}
