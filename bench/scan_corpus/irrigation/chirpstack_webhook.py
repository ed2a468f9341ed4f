"""HTTP integration endpoint for join and status events from the network server."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter(prefix="/integrations/lns", tags=["integrations"])
log = logging.getLogger(__name__)

_SECRET_ENV = "LNS_WEBHOOK_SECRET"


def _secret() -> bytes:
    return os.environ[_SECRET_ENV].encode("utf-8")


def signature_valid(body: bytes, provided: str) -> bool:
    expected = hmac.new(_secret(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided.strip().lower())


@router.post("/events", status_code=202)
async def events(
    request: Request,
    event: str = "up",
    x_uplink_signature: str = Header(default=""),
) -> dict:
    body = await request.body()
    if not x_uplink_signature or not signature_valid(body, x_uplink_signature):
        raise HTTPException(status_code=401, detail="invalid signature")

    payload = await request.json()
    dev_eui = payload.get("deviceInfo", {}).get("devEui", "?")
    if event == "join":
        request.app.state.device_registry.mark_joined(dev_eui)
    elif event == "status":
        request.app.state.device_registry.update_battery(dev_eui, payload.get("batteryLevel"))
    log.debug("handled %s event for %s", event, dev_eui)
    return {"accepted": True}
