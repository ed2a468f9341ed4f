"""Inbound SMS webhook: safety check-in replies from lone-working staff.

The SMS provider signs each callback with HMAC-SHA256 over the raw body
using the shared webhook secret.
"""
import base64
import hashlib
import hmac
import os

from fastapi import APIRouter, Header, HTTPException, Request

from .checkins import record_reply

router = APIRouter()

WEBHOOK_SECRET_ENV = "SMS_WEBHOOK_SECRET"
INBOUND_EVENT = "message.inbound"


def _signature_for(body: bytes) -> bytes:
    secret = os.environ[WEBHOOK_SECRET_ENV].encode("utf-8")
    return base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest())


@router.post("/webhooks/sms/inbound")
async def inbound_sms(request: Request, x_signature: str = Header(default="")):
    body = await request.body()
    if not hmac.compare_digest(_signature_for(body), x_signature.encode("ascii", "ignore")):
        raise HTTPException(status_code=401, detail="bad signature")

    event = await request.json()
    if event.get("type") != INBOUND_EVENT:
        return {"status": "ignored"}

    msg = event["message"]
    reply = msg.get("text", "").strip().upper()
    await record_reply(sender=msg["from"], reply=reply, received_at=msg["received_at"])
    return {"status": "ok"}
