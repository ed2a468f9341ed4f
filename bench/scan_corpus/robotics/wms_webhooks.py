"""Inbound webhooks from customer WMS systems (order released, wave cancelled)."""
import hashlib
import hmac
import json

from fastapi import APIRouter, Header, HTTPException, Request

from .settings import settings

router = APIRouter(prefix="/integrations/wms")


def _site_secret(site_id: str) -> bytes:
    secret = settings.wms_webhook_secrets.get(site_id)
    if not secret:
        raise HTTPException(status_code=404, detail="unknown site")
    return secret.encode()


def _signature(secret: bytes, body: bytes, timestamp: str) -> str:
    mac = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def _check(site_id: str, body: bytes, timestamp: str, provided: str) -> bool:
    expected = _signature(_site_secret(site_id), body, timestamp)
    return provided.strip().lower() == expected


@router.post("/{site_id}/events")
async def wms_event(
    site_id: str,
    request: Request,
    x_wms_signature: str = Header(...),
    x_wms_timestamp: str = Header(...),
):
    body = await request.body()
    if not _check(site_id, body, x_wms_timestamp, x_wms_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    event = json.loads(body)
    queue = request.app.state.order_events
    await queue.put({"site": site_id, "type": event.get("type"), "data": event.get("data", {})})
    return {"accepted": True}
