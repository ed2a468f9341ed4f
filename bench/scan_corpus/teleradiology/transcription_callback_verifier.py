"""Verifies signed callbacks from the speech-recognition vendor.

The vendor signs ``<timestamp>.<body>`` with HMAC-SHA256 and sends
``t=<timestamp>,v1=<hex>`` in ``X-Vendor-Signature``; callbacks older than five
minutes are refused to limit replay.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass

from fastapi import FastAPI, Header, HTTPException, Request

from .dictations import store_transcript
from .settings import get_settings

TOLERANCE_SECONDS = 300


@dataclass(frozen=True)
class SignatureHeader:
    timestamp: int
    signature: str

    @classmethod
    def parse(cls, raw: str) -> "SignatureHeader":
        parts = dict(item.split("=", 1) for item in raw.split(",") if "=" in item)
        try:
            return cls(timestamp=int(parts["t"]), signature=parts["v1"])
        except (KeyError, ValueError) as exc:
            raise HTTPException(status_code=400, detail="malformed signature header") from exc


class CallbackVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, timestamp: int, body: bytes) -> str:
        message = str(timestamp).encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def verify(self, header: SignatureHeader, body: bytes) -> None:
        if abs(time.time() - header.timestamp) > TOLERANCE_SECONDS:
            raise HTTPException(status_code=401, detail="stale callback")
        if not hmac.compare_digest(self.expected(header.timestamp, body), header.signature):
            raise HTTPException(status_code=401, detail="bad signature")


app = FastAPI()


@app.post("/callbacks/transcription")
async def transcription_callback(request: Request, x_vendor_signature: str = Header(...)):
    body = await request.body()
    verifier = CallbackVerifier(get_settings().transcription_webhook_secret.encode("utf-8"))
    verifier.verify(SignatureHeader.parse(x_vendor_signature), body)

    event = json.loads(body)
    if event.get("type") != "transcription.completed":
        return {"status": "ignored"}
    stored = store_transcript(job_id=str(event["job_id"]), text=str(event["transcript"]))
    return {"status": "stored" if stored else "unknown job"}
