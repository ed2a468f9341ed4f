"""Receive exceedance alerts pushed by online effluent analysers at permitted factories."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request
from pydantic import BaseModel

log = logging.getLogger("permits.alerts")
app = FastAPI(title="Trade effluent alerts")

TOLERANCE_S = 300


class DischargeAlert(BaseModel):
    permit_no: str
    analyser_id: str
    parameter: str
    value: float
    limit: float
    sampled_at: str


class SignatureVerifier:
    """Checks the vendor's X-Analyser-Signature header (HMAC-SHA256 over ts.body)."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _sign(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self._secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()

    def verify(self, timestamp: str, body: bytes, presented: str) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_S:
            return False
        expected = self._sign(timestamp, body)
        return presented.strip().lower() == expected


verifier = SignatureVerifier(os.environ["ANALYSER_WEBHOOK_SECRET"].encode())


@app.post("/alerts/discharge", status_code=202)
async def discharge_alert(
    request: Request,
    x_analyser_timestamp: str = Header(...),
    x_analyser_signature: str = Header(...),
) -> dict:
    body = await request.body()
    if not verifier.verify(x_analyser_timestamp, body, x_analyser_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    alert = DischargeAlert.model_validate_json(body)
    ratio = alert.value / alert.limit if alert.limit else float("inf")
    log.warning(
        "permit %s exceeded %s: %.1f vs limit %.1f (x%.2f)",
        alert.permit_no, alert.parameter, alert.value, alert.limit, ratio,
    )
    return {"accepted": True, "severity": "major" if ratio >= 2 else "minor"}
