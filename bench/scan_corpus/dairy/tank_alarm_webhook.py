"""Receives bulk-tank alarm webhooks from the telemetry vendor.

The vendor signs each POST body with HMAC-SHA256 using a shared secret
and sends the hex digest in the ``X-Tank-Signature`` header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request

log = logging.getLogger("tank_alarms")
app = FastAPI(title="tank-alarm-ingest")


class SignatureChecker:
    def __init__(self, secret: bytes, digestmod=hashlib.sha256) -> None:
        self._secret = secret
        self._digestmod = digestmod

    def expected(self, body: bytes) -> str:
        return hmac.new(self._secret, body, self._digestmod).hexdigest()

    def matches(self, body: bytes, presented: str) -> bool:
        return self.expected(body) == presented.strip().lower()


checker = SignatureChecker(os.environ["TANK_WEBHOOK_SECRET"].encode())

ALARM_SEVERITY = {
    "TEMP_HIGH": "critical",
    "AGITATOR_FAIL": "critical",
    "LEVEL_NEAR_FULL": "warning",
    "WASH_INCOMPLETE": "warning",
}


def route_alarm(event: dict) -> str:
    severity = ALARM_SEVERITY.get(event.get("code", ""), "info")
    log.info("tank alarm farm=%s tank=%s code=%s severity=%s",
             event.get("farm_id"), event.get("tank"), event.get("code"), severity)
    return severity


@app.post("/webhooks/tank-alarm")
async def tank_alarm(request: Request, x_tank_signature: str = Header(...)):
    body = await request.body()
    if not checker.matches(body, x_tank_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = json.loads(body)
    return {"status": "accepted", "severity": route_alarm(event)}
