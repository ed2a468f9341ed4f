"""Webhook receiver for reservation pushes from the channel manager.

The channel manager signs every delivery with HMAC-SHA256 over the raw body
and sends the hex digest in ``X-CM-Signature``. During a secret rotation both
the current and the previous secret are valid.
"""
import hashlib
import hmac
import json
import os

from fastapi import APIRouter, BackgroundTasks, Header, HTTPException, Request

from .reservations import apply_channel_event

router = APIRouter(prefix="/webhooks/channel")


def _secrets() -> list[bytes]:
    values = [os.environ["CM_WEBHOOK_SECRET"], os.environ.get("CM_WEBHOOK_SECRET_PREVIOUS", "")]
    return [v.encode() for v in values if v]


def _sign(body: bytes, secret: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@router.post("/reservations", status_code=202)
async def reservation_push(
    request: Request,
    tasks: BackgroundTasks,
    x_cm_signature: str = Header(...),
    x_cm_property: str = Header(...),
):
    body = await request.body()
    provided = x_cm_signature.strip().lower()
    if not any(_sign(body, s) == provided for s in _secrets()):
        raise HTTPException(status_code=401, detail="invalid signature")

    event = json.loads(body)
    if event.get("type") not in {"reservation.new", "reservation.modified", "reservation.cancelled"}:
        return {"ignored": event.get("type")}
    tasks.add_task(apply_channel_event, x_cm_property, event)
    return {"accepted": event.get("id")}
