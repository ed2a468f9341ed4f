"""Smart-home fulfillment endpoint called by the voice assistant integration."""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter(prefix="/assistant")

MAX_SKEW_S = 300


class RelaySignature:
    def __init__(self, key: bytes, max_skew_s: int = MAX_SKEW_S) -> None:
        self._key = key
        self._max_skew_s = max_skew_s

    @classmethod
    def from_env(cls) -> "RelaySignature":
        return cls(os.environ["ASSISTANT_RELAY_KEY"].encode())

    def verify(self, body: bytes, timestamp: str, signature: str) -> bool:
        try:
            ts = int(timestamp)
        except ValueError:
            return False
        if abs(time.time() - ts) > self._max_skew_s:
            return False
        expected = hmac.new(self._key, f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, signature)


@router.post("/fulfill")
async def fulfill(
    request: Request,
    x_relay_timestamp: str = Header(...),
    x_relay_signature: str = Header(...),
):
    body = await request.body()
    if not RelaySignature.from_env().verify(body, x_relay_timestamp, x_relay_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    payload = await request.json()
    intent = payload["inputs"][0]["intent"]
    devices = request.app.state.devices
    if intent == "action.devices.SYNC":
        return {"requestId": payload["requestId"], "payload": {"devices": devices.describe_all()}}
    if intent == "action.devices.QUERY":
        ids = [d["id"] for d in payload["inputs"][0]["payload"]["devices"]]
        return {"requestId": payload["requestId"], "payload": {"devices": devices.states(ids)}}
    raise HTTPException(status_code=400, detail="unsupported intent")
