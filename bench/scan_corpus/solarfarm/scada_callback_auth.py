"""Authenticate alarm callbacks posted by the SCADA vendor's cloud service.

The vendor signs `timestamp + "." + body` with the shared secret; we reject
callbacks older than five minutes to limit replay.
"""

import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from alarms.service import record_alarm

router = APIRouter(prefix="/callbacks/scada")

MAX_SKEW_S = 300


def _secret() -> bytes:
    return os.environ["SCADA_CALLBACK_SECRET"].encode()


def signature_valid(body: bytes, timestamp: str, signature: str) -> bool:
    mac = hmac.new(_secret(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, signature.lower())


@router.post("/alarms")
async def alarm_callback(
    request: Request,
    x_scada_timestamp: str = Header(...),
    x_scada_signature: str = Header(...),
):
    try:
        sent_at = int(x_scada_timestamp)
    except ValueError:
        raise HTTPException(400, "invalid timestamp")
    if abs(time.time() - sent_at) > MAX_SKEW_S:
        raise HTTPException(401, "stale callback")
    body = await request.body()
    if not signature_valid(body, x_scada_timestamp, x_scada_signature):
        raise HTTPException(401, "signature mismatch")
    alarm = await request.json()
    record_alarm(alarm["siteCode"], alarm["tag"], alarm["severity"], alarm.get("message", ""))
    return {"ok": True}
