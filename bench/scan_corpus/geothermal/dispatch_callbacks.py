"""Endpoint for push notifications from the grid dispatch API.

The system operator signs each callback with HMAC-SHA256 over
"<timestamp>.<body>" and sends it as "t=<timestamp>,v1=<hex>".
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from dispatch.handlers import handle_instruction, handle_constraint

router = APIRouter()

TOLERANCE_S = 300
EVENT_HANDLERS = {"instruction": handle_instruction, "constraint": handle_constraint}


def _parse_header(value: str) -> tuple[int, str]:
    parts = dict(p.split("=", 1) for p in value.split(",") if "=" in p)
    return int(parts.get("t", "0")), parts.get("v1", "")


@router.post("/callbacks/dispatch")
async def dispatch_callback(request: Request, x_dispatch_signature: str = Header(...)):
    body = await request.body()
    ts, received = _parse_header(x_dispatch_signature)
    if abs(time.time() - ts) > TOLERANCE_S:
        raise HTTPException(400, "stale callback")
    secret = os.environ["DISPATCH_CALLBACK_SECRET"].encode()
    expected = hmac.new(secret, f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, received):
        raise HTTPException(401, "signature mismatch")

    event = await request.json()
    handler = EVENT_HANDLERS.get(event.get("kind"))
    if handler is None:
        raise HTTPException(422, "unknown event kind")
    await handler(event["payload"])
    return {"received": True}
