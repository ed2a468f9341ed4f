"""FastAPI receiver for the histology lab's result notifications.

The lab signs ``<timestamp>.<body>`` with HMAC-SHA256 and sends the timestamp and
base64 signature in headers; requests older than five minutes are refused.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

from fastapi import FastAPI, Header, HTTPException, Request, status
from pydantic_settings import BaseSettings

from .lab_import import store_result_batch


class HistologySettings(BaseSettings):
    histology_webhook_secret: str
    max_skew_s: int = 300


settings = HistologySettings()
app = FastAPI(title="histology webhook")


def _sign(secret: str, timestamp: str, body: bytes) -> bytes:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).digest()


def signature_valid(secret: str, timestamp: str, body: bytes, provided_b64: str) -> bool:
    try:
        provided = base64.b64decode(provided_b64, validate=True)
    except ValueError:
        return False
    return hmac.compare_digest(_sign(secret, timestamp, body), provided)


@app.post("/hooks/histology")
async def histology_results(
    request: Request,
    x_histo_timestamp: str = Header(...),
    x_histo_signature: str = Header(...),
) -> dict[str, int]:
    body = await request.body()
    try:
        sent_at = int(x_histo_timestamp)
    except ValueError:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "bad timestamp")
    if abs(time.time() - sent_at) > settings.max_skew_s:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "stale request")
    if not signature_valid(settings.histology_webhook_secret, x_histo_timestamp, body,
                           x_histo_signature):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad signature")
    payload = json.loads(body)
    if payload.get("event") != "case.reported":
        return {"stored": 0}
    stored = store_result_batch("HISTO", payload["results"])
    return {"stored": stored}
