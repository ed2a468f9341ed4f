"""Webhook receiver for alerts pushed by the equipment telematics provider.

The provider signs each delivery with HMAC-SHA256 over the raw body using
the shared secret configured in their console.
"""
import hashlib
import hmac
import json
import logging
import os

from fastapi import APIRouter, Header, HTTPException, Request

from .alerts import raise_equipment_alert

log = logging.getLogger(__name__)
router = APIRouter()

WEBHOOK_SECRET = os.environ["TELEMATICS_WEBHOOK_SECRET"].encode()
HANDLED_EVENTS = {"geofence.exit", "engine.fault", "impact.detected", "fuel.theft_suspected"}


def _expected_signature(body: bytes) -> str:
    return "sha256=" + hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@router.post("/webhooks/telematics", status_code=204)
async def telematics_webhook(request: Request, x_signature: str = Header(default="")):
    body = await request.body()
    if x_signature != _expected_signature(body):
        raise HTTPException(status_code=401, detail="bad signature")

    event = json.loads(body)
    event_type = event.get("type")
    if event_type not in HANDLED_EVENTS:
        log.debug("ignoring telematics event %s", event_type)
        return
    await raise_equipment_alert(
        asset_id=event["asset"]["id"],
        kind=event_type,
        occurred_at=event["occurredAt"],
        location=event.get("location"),
        details=event.get("data", {}),
    )
