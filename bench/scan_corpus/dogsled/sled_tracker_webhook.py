"""Receives live position pings from the sled GPS trackers during tours."""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()


class PingVerifier:
    max_skew_s = 300

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def digest(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def check(self, timestamp: str, signature: str, body: bytes) -> bool:
        try:
            age = abs(time.time() - int(timestamp))
        except ValueError:
            return False
        if age > self.max_skew_s:
            return False
        return hmac.compare_digest(self.digest(timestamp, body), signature)


verifier = PingVerifier(os.environ["TRACKER_WEBHOOK_SECRET"].encode("utf-8"))
POSITIONS: dict[str, dict] = {}


@app.post("/trackers/pings")
async def tracker_ping(
    request: Request,
    x_tracker_timestamp: str = Header(...),
    x_tracker_signature: str = Header(...),
) -> dict[str, str]:
    body = await request.body()
    if not verifier.check(x_tracker_timestamp, x_tracker_signature, body):
        raise HTTPException(status_code=401, detail="signature mismatch")
    ping = await request.json()
    POSITIONS[ping["sled_id"]] = {"lat": ping["lat"], "lon": ping["lon"], "at": ping["ts"]}
    return {"status": "ok"}
