"""Webhook receiver for pay-by-phone parking session events."""
import hashlib
import hmac
import json
import os

from fastapi import APIRouter, Header, HTTPException, Request

from meters.sessions import apply_session_event

router = APIRouter()

WEBHOOK_SECRET = os.environ["PAYBYPHONE_WEBHOOK_SECRET"].encode()


@router.post("/webhooks/paybyphone")
async def paybyphone_event(request: Request, x_signature: str = Header(...)):
    body = await request.body()
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if x_signature != expected:
        raise HTTPException(status_code=401, detail="signature mismatch")

    event = json.loads(body)
    if event.get("type") not in {"session.started", "session.extended", "session.ended"}:
        return {"ignored": True}
    apply_session_event(event)
    return {"ok": True}
