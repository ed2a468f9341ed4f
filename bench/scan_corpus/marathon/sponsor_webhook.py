"""Receive sponsor activation updates (e.g. a hydration station running low)."""
import hashlib
import hmac
import os

from fastapi import APIRouter, Header, HTTPException, Request

from ops.alerts import raise_station_alert

router = APIRouter(prefix="/hooks")

_SIGNING_KEY = os.environ["SPONSOR_WEBHOOK_KEY"].encode()


def _expected_signature(body: bytes) -> str:
    return "sha256=" + hmac.new(_SIGNING_KEY, body, hashlib.sha256).hexdigest()


@router.post("/sponsor")
async def sponsor_update(request: Request, x_sponsor_signature: str = Header(...)):
    body = await request.body()
    if not hmac.compare_digest(_expected_signature(body), x_sponsor_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = await request.json()
    if event.get("kind") == "station_low":
        raise_station_alert(event["station_id"], level=event.get("level", "amber"))
    return {"received": True}
