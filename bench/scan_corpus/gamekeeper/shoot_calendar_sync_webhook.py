"""Inbound webhook from the sporting agency's calendar.

The agency pushes let-day holds and releases; each request is signed with a
shared secret over the raw body so that only the agency can move days in and
out of the booking calendar.
"""
import hashlib
import hmac
from datetime import date

from fastapi import FastAPI, HTTPException, Request

from gamekeeper.calendar import CalendarService
from gamekeeper.config import settings

app = FastAPI()

ALLOWED_ACTIONS = {"hold", "release", "confirm"}


def _signature_for(body: bytes) -> str:
    key = settings.AGENCY_WEBHOOK_SECRET.encode()
    return "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()


async def _verified_body(request: Request) -> bytes:
    body = await request.body()
    supplied = request.headers.get("X-Agency-Signature", "")
    if not hmac.compare_digest(_signature_for(body), supplied):
        raise HTTPException(status_code=401, detail="bad signature")
    return body


@app.post("/hooks/agency/calendar")
async def agency_calendar(request: Request):
    await _verified_body(request)
    payload = await request.json()
    action = payload.get("action")
    if action not in ALLOWED_ACTIONS:
        raise HTTPException(status_code=422, detail="unknown action")

    service = CalendarService()
    shoot_day = date.fromisoformat(payload["date"])
    if action == "hold":
        await service.hold(shoot_day, guns=payload["guns"], agency_ref=payload["ref"])
    elif action == "release":
        await service.release(shoot_day, agency_ref=payload["ref"])
    else:
        await service.confirm(shoot_day, agency_ref=payload["ref"])
    return {"ok": True}
