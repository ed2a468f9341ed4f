"""Console platform entitlement webhooks (FastAPI)."""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .entitlements import apply_platform_event

router = APIRouter(prefix="/webhooks/platform")

MAX_SKEW_S = 300


def _signing_secret() -> bytes:
    return os.environ["PLATFORM_WEBHOOK_SECRET"].encode()


def _expected_signature(timestamp: str, body: bytes) -> str:
    mac = hmac.new(_signing_secret(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "v1=" + mac.hexdigest()


@router.post("/entitlements")
async def entitlement_event(
    request: Request,
    x_platform_timestamp: str = Header(...),
    x_platform_signature: str = Header(...),
) -> dict:
    body = await request.body()
    try:
        ts = int(x_platform_timestamp)
    except ValueError:
        raise HTTPException(status_code=400, detail="bad timestamp")
    if abs(time.time() - ts) > MAX_SKEW_S:
        raise HTTPException(status_code=401, detail="stale event")

    expected = _expected_signature(x_platform_timestamp, body)
    if not hmac.compare_digest(expected, x_platform_signature):
        raise HTTPException(status_code=401, detail="bad signature")

    event = await request.json()
    await apply_platform_event(event)
    return {"status": "accepted"}
