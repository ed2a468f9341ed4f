"""Receives container milestone webhooks pushed by ocean carriers."""

import hashlib
import hmac
import json
import os

from fastapi import APIRouter, Header, HTTPException, Request

from freight.tracking import record_milestone

router = APIRouter()

WEBHOOK_SECRET = os.environ["CARRIER_WEBHOOK_SECRET"].encode()


def _signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@router.post("/webhooks/carrier/milestones")
async def carrier_milestone(request: Request, x_signature: str = Header(...)):
    body = await request.body()
    expected = _signature(body)
    if x_signature.removeprefix("sha256=") != expected:
        raise HTTPException(status_code=401, detail="bad signature")

    event = json.loads(body)
    for item in event.get("events", []):
        record_milestone(
            container_no=item["equipmentReference"],
            code=item["eventCode"],
            location=item.get("location", {}).get("UNLocationCode"),
            occurred_at=item["eventDateTime"],
        )
    return {"accepted": len(event.get("events", []))}
