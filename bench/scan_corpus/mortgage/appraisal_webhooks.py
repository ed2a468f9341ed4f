"""Status callbacks from the appraisal management company.

The AMC signs each callback with HMAC-SHA256 over ``timestamp + "." + body``.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .orders import mark_appraisal_received, mark_appraisal_status

router = APIRouter(prefix="/webhooks/amc")

MAX_SKEW_S = 300


def _expected_signature(timestamp: str, body: bytes) -> str:
    key = os.environ["AMC_WEBHOOK_SECRET"].encode()
    return hmac.new(key, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


@router.post("/events")
async def amc_event(
    request: Request,
    x_amc_timestamp: str = Header(...),
    x_amc_signature: str = Header(...),
):
    if abs(time.time() - int(x_amc_timestamp)) > MAX_SKEW_S:
        raise HTTPException(status_code=400, detail="stale callback")

    body = await request.body()
    if not hmac.compare_digest(_expected_signature(x_amc_timestamp, body), x_amc_signature.lower()):
        raise HTTPException(status_code=401, detail="bad signature")

    event = await request.json()
    if event["type"] == "report.delivered":
        mark_appraisal_received(event["orderId"], event["reportUrl"])
    elif event["type"] == "order.status_changed":
        mark_appraisal_status(event["orderId"], event["status"])
    return {"received": True}
