"""Webhook receiver for door and alarm events from the cold-vault gateway."""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter(prefix="/hooks/vault-gateway")

MAX_SKEW_S = 300


def _secret() -> bytes:
    return os.environ["VAULT_GATEWAY_SECRET"].encode()


def _expected_signature(timestamp: str, body: bytes) -> str:
    mac = hmac.new(_secret(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return mac.hexdigest()


@router.post("/events")
async def gateway_event(
    request: Request,
    x_gateway_timestamp: str = Header(...),
    x_gateway_signature: str = Header(...),
):
    if abs(time.time() - int(x_gateway_timestamp)) > MAX_SKEW_S:
        raise HTTPException(status_code=401, detail="stale request")
    body = await request.body()
    expected = _expected_signature(x_gateway_timestamp, body)
    if not hmac.compare_digest(expected, x_gateway_signature):
        raise HTTPException(status_code=401, detail="invalid signature")

    event = await request.json()
    request.app.state.event_bus.publish("vault.gateway", event)
    return {"accepted": True}
