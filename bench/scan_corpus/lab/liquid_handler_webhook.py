"""Webhook endpoint for run-completion events from the liquid handler
scheduler. Deliveries are signed with HMAC-SHA256 over timestamp + body."""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .events import record_run_event

router = APIRouter()

_SECRET = os.environ["SCHEDULER_WEBHOOK_SECRET"].encode("utf-8")
MAX_SKEW_S = 300


def _expected(timestamp: str, body: bytes) -> str:
    msg = timestamp.encode("ascii") + b"." + body
    return "v1=" + hmac.new(_SECRET, msg, hashlib.sha256).hexdigest()


@router.post("/hooks/scheduler")
async def scheduler_event(
    request: Request,
    x_timestamp: str = Header(...),
    x_signature: str = Header(...),
):
    try:
        ts = int(x_timestamp)
    except ValueError:
        raise HTTPException(400, "invalid timestamp")
    if abs(time.time() - ts) > MAX_SKEW_S:
        raise HTTPException(401, "stale delivery")

    body = await request.body()
    if not hmac.compare_digest(_expected(x_timestamp, body), x_signature):
        raise HTTPException(401, "signature mismatch")

    event = await request.json()
    if event.get("status") == "completed":
        record_run_event(event["run_id"], event["deck"], event.get("errors", []))
    return {"accepted": True}
