"""Receives corporate-action notifications pushed by the reference-data vendor."""
import hashlib
import hmac
import json
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter()

MAX_SKEW_S = 300


def _signing_secrets() -> list[bytes]:
    # current and previous secret are both valid during a rotation window
    raw = os.environ["REFDATA_WEBHOOK_SECRETS"]
    return [s.strip().encode() for s in raw.split(",") if s.strip()]


def _expected_signatures(body: bytes, timestamp: str) -> list[str]:
    msg = timestamp.encode() + b"." + body
    return [hmac.new(s, msg, hashlib.sha256).hexdigest() for s in _signing_secrets()]


@router.post("/webhooks/refdata/corporate-actions", status_code=202)
async def corporate_action(
    request: Request,
    x_signature: str = Header(...),
    x_timestamp: str = Header(...),
):
    body = await request.body()
    try:
        sent_at = int(x_timestamp)
    except ValueError:
        raise HTTPException(status_code=400, detail="invalid timestamp")
    if abs(time.time() - sent_at) > MAX_SKEW_S:
        raise HTTPException(status_code=401, detail="stale request")
    if x_signature.lower() not in _expected_signatures(body, x_timestamp):
        raise HTTPException(status_code=401, detail="invalid signature")

    event = json.loads(body)
    await request.app.state.corporate_action_queue.put(
        {"id": event["event_id"], "type": event["action_type"], "payload": event}
    )
    return {"status": "queued"}
