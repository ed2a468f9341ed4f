"""Tracking-status webhook from the shipping label provider.

The provider signs each callback body with HMAC-SHA256 using the webhook
secret configured in their dashboard.
"""
import hashlib
import hmac
import json
import os
from hmac import compare_digest as same

from fastapi import FastAPI, HTTPException, Request

from .orders import record_tracking_event

app = FastAPI()

WEBHOOK_SECRET = os.environ.get("LABEL_WEBHOOK_SECRET", "").encode()
TERMINAL_STATUSES = {"delivered", "returned_to_sender", "lost"}


def expected_signature(body: bytes, secret: bytes = WEBHOOK_SECRET) -> str:
    return "hmac-sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify(body: bytes, provided: str | None) -> bool:
    if not WEBHOOK_SECRET or not provided:
        return False
    return same(expected_signature(body).encode(), provided.encode())


@app.post("/hooks/label-provider")
async def tracking_update(request: Request):
    body = await request.body()
    if not verify(body, request.headers.get("X-Label-Signature")):
        raise HTTPException(status_code=401)
    event = json.loads(body)
    status = event.get("status", "unknown")
    await record_tracking_event(
        tracking_code=event["tracking_code"],
        status=status,
        location=event.get("location"),
        occurred_at=event.get("datetime"),
        final=status in TERMINAL_STATUSES,
    )
    return {"ok": True}
