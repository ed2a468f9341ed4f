"""Accept lamp-failure alarms forwarded by the monitoring vendor and page the duty keeper."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

from fastapi import FastAPI, Header, HTTPException, Request
from pydantic import BaseModel

app = FastAPI(title="Alarm relay")


class LampAlarm(BaseModel):
    station_code: str
    alarm: str
    severity: int
    raised_at: str


def _vendor_key() -> bytes:
    return base64.b64decode(os.environ["ALARM_VENDOR_KEY_B64"])


def sign(body: bytes, key: bytes) -> bytes:
    return hmac.new(key, body, hashlib.sha512).digest()


def signature_ok(body: bytes, header_value: str, key: bytes) -> bool:
    try:
        presented = base64.b64decode(header_value, validate=True)
    except ValueError:
        return False
    return hmac.compare_digest(sign(body, key), presented)


@app.post("/alarms")
async def receive_alarm(
    request: Request,
    x_vendor_signature: str = Header(default=""),
) -> dict:
    body = await request.body()
    if not signature_ok(body, x_vendor_signature, _vendor_key()):
        raise HTTPException(status_code=401, detail="signature rejected")
    alarm = LampAlarm.model_validate_json(body)
    if alarm.severity >= 3:
        await request.app.state.pager.page_duty_keeper(alarm.station_code, alarm.alarm)
    return {"received": True, "paged": alarm.severity >= 3}
