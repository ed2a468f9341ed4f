"""FastAPI receiver for tracker vendor webhooks (battery and mortality alerts).

A mortality alert fires when a tracker has not moved for several hours,
which for a flown bird usually means it is down or the tracker has dropped.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request
from pydantic import BaseModel

from .alerts import page_duty_falconer

app = FastAPI()
log = logging.getLogger("telemetry.alerts")

_SECRET = os.environ["TRACKER_WEBHOOK_SECRET"].encode("utf-8")


class TrackerAlert(BaseModel):
    tracker_id: str
    kind: str
    lat: float | None = None
    lon: float | None = None
    battery_pct: int | None = None
    ts: int


def signature_valid(body: bytes, provided: str) -> bool:
    expected = hmac.new(_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided)


@app.post("/hooks/tracker-alerts")
async def tracker_alert(request: Request,
                        x_tracker_signature: str = Header(default="")):
    body = await request.body()
    if not signature_valid(body, x_tracker_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    alert = TrackerAlert.model_validate_json(body)

    if alert.kind == "mortality":
        page_duty_falconer(
            f"Mortality alert from tracker {alert.tracker_id} at "
            f"{alert.lat:.5f},{alert.lon:.5f}" if alert.lat is not None
            else f"Mortality alert from tracker {alert.tracker_id} (no fix)"
        )
    elif alert.kind == "battery" and (alert.battery_pct or 0) < 15:
        log.info("tracker %s battery low: %s%%", alert.tracker_id, alert.battery_pct)
    else:
        log.debug("ignored alert %s from %s", alert.kind, alert.tracker_id)
    return {"ok": True}
