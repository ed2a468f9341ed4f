"""Inbound tracking events from partner carriers (last-mile handover).

Partners sign each request as ``t=<unix>,v1=<hex hmac>`` over
``"<t>.<body>"`` with a per-partner secret.
"""
from __future__ import annotations

import hashlib
import hmac
import time

from fastapi import APIRouter, Header, HTTPException, Request

from courier.partners import partner_secret
from courier.tracking import record_partner_event

router = APIRouter()
TOLERANCE_S = 300


def _parse_signature(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    try:
        return int(parts["t"]), parts["v1"]
    except (KeyError, ValueError):
        raise HTTPException(400, "malformed signature header")


@router.post("/partners/{partner_code}/events")
async def partner_event(partner_code: str, request: Request, x_signature: str = Header(...)):
    secret = partner_secret(partner_code)
    if secret is None:
        raise HTTPException(404, "unknown partner")

    ts, provided = _parse_signature(x_signature)
    if abs(time.time() - ts) > TOLERANCE_S:
        raise HTTPException(401, "stale signature")

    body = await request.body()
    expected = hmac.new(secret, f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, provided):
        raise HTTPException(401, "signature mismatch")

    event = await request.json()
    if event.get("partner") != partner_code:
        raise HTTPException(422, "partner mismatch")
    record_partner_event(partner_code, event)
    return {"ok": True}
