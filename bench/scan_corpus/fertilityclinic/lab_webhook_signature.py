"""Webhook endpoint for results from the reference endocrinology lab.

The reference lab posts AMH, FSH, oestradiol and progesterone results as
they are validated. Each request is signed with HMAC-SHA256 over the
timestamp and raw body, sent in the X-Lab-Signature header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import time

from fastapi import FastAPI, Header, HTTPException, Request

from endocrine.ingest import store_result
from endocrine.settings import settings

app = FastAPI()

MAX_SKEW_SECONDS = 300


class SignatureVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def sign(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def verify(self, timestamp: str, body: bytes, signature: str) -> bool:
        expected = self.sign(timestamp, body)
        return hmac.compare_digest(expected, signature)


verifier = SignatureVerifier(settings.lab_webhook_secret.encode())


@app.post("/webhooks/endocrine-results", status_code=204)
async def endocrine_results(
    request: Request,
    x_lab_timestamp: str = Header(...),
    x_lab_signature: str = Header(...),
) -> None:
    try:
        sent = int(x_lab_timestamp)
    except ValueError:
        raise HTTPException(status_code=400, detail="bad timestamp")
    if abs(time.time() - sent) > MAX_SKEW_SECONDS:
        raise HTTPException(status_code=401, detail="stale request")

    body = await request.body()
    if not verifier.verify(x_lab_timestamp, body, x_lab_signature):
        raise HTTPException(status_code=401, detail="bad signature")

    payload = json.loads(body)
    for result in payload.get("results", []):
        if result.get("status") != "final":
            continue
        store_result(
            accession=result["accession"],
            analyte=result["analyte"],
            value=float(result["value"]),
            unit=result["unit"],
            collected_at=result["collected_at"],
        )
