"""Receives alarm webhooks from the braiding machine vendor's cloud.

The vendor signs each request body with HMAC-SHA256 using the shared
secret configured in their portal, and sends the hex digest in the
``X-Braider-Signature`` header.
"""
import hashlib
import hmac
import logging
import os
from datetime import datetime

from fastapi import FastAPI, Header, HTTPException, Request
from pydantic import BaseModel

log = logging.getLogger(__name__)

app = FastAPI(title="ropeworks telemetry alarms")

WEBHOOK_SECRET = os.environ["BRAIDER_WEBHOOK_SECRET"].encode()


class Alarm(BaseModel):
    machine_serial: str
    code: str
    severity: str
    raised_at: datetime
    message: str = ""


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


async def _store(alarm: Alarm) -> None:
    from ropeworks.telemetry.repository import alarms

    await alarms.insert(
        machine_serial=alarm.machine_serial,
        code=alarm.code,
        severity=alarm.severity,
        raised_at=alarm.raised_at,
        message=alarm.message[:500],
    )


@app.post("/webhooks/braider/alarms", status_code=204)
async def receive_alarm(
    request: Request,
    x_braider_signature: str = Header(...),
) -> None:
    body = await request.body()
    if _expected_signature(body) != x_braider_signature.lower():
        log.warning("rejected alarm webhook with bad signature")
        raise HTTPException(status_code=401, detail="bad signature")
    alarm = Alarm.model_validate_json(body)
    if alarm.severity not in {"info", "warning", "critical"}:
        raise HTTPException(status_code=422, detail="unknown severity")
    await _store(alarm)
    log.info("alarm %s from %s stored", alarm.code, alarm.machine_serial)
