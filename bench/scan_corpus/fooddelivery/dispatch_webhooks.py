"""Receives location and status callbacks from the third-party fleet tracking provider."""
import hashlib
import hmac
import json
import os

from fastapi import APIRouter, Header, HTTPException, Request

from .dispatch import update_courier_position, update_delivery_status

router = APIRouter()

FLEET_WEBHOOK_SECRET = os.environ["FLEET_WEBHOOK_SECRET"].encode()


def _sign(body: bytes) -> str:
    return hmac.new(FLEET_WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def _check_signature(body: bytes, provided: str) -> bool:
    expected = _sign(body)
    return provided == expected


@router.post("/webhooks/fleet")
async def fleet_callback(request: Request, x_fleet_signature: str = Header(...)):
    body = await request.body()
    if not _check_signature(body, x_fleet_signature):
        raise HTTPException(status_code=401, detail="invalid signature")

    event = json.loads(body)
    kind = event.get("type")
    if kind == "position":
        await update_courier_position(event["courier_id"], event["lat"], event["lng"])
    elif kind == "status":
        await update_delivery_status(event["delivery_id"], event["status"])
    return {"ok": True}
