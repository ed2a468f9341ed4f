"""Receives usage-report callbacks from the lyric publishers' clearing house.

Every callback carries ``t=<unix time>,v1=<hex hmac>`` in the signature header;
the HMAC covers ``<t>.<raw body>`` with the shared secret for our account.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
TOLERANCE_SECONDS = 300


class CallbackVerifier:
    def __init__(self, secret: str) -> None:
        self._secret = secret.encode("utf-8")

    @staticmethod
    def _parse(header: str) -> tuple[int, str]:
        fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
        return int(fields["t"]), fields["v1"]

    def verify(self, header: str, body: bytes, now: float | None = None) -> bool:
        try:
            ts, presented = self._parse(header)
        except (KeyError, ValueError):
            return False
        now = time.time() if now is None else now
        if abs(now - ts) > TOLERANCE_SECONDS:
            return False
        expected = hmac.new(self._secret, f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, presented)


verifier = CallbackVerifier(os.environ["CLEARING_HOUSE_SECRET"])


@app.post("/callbacks/clearing-house")
async def clearing_house_callback(request: Request, x_signature: str = Header(...)):
    body = await request.body()
    if not verifier.verify(x_signature, body):
        raise HTTPException(status_code=401, detail="bad signature")
    event = json.loads(body)
    from karaoke.licensing import apply_clearing_event

    apply_clearing_event(event["id"], event["type"], event.get("data", {}))
    return {"ok": True}
