"""Verifies refund and dispute notifications sent by the deposit card gateway."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time
from dataclasses import dataclass

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
log = logging.getLogger("organgrinder.gateway_webhooks")


@dataclass(frozen=True)
class WebhookSecret:
    value: bytes
    tolerance_s: int = 300

    @classmethod
    def from_env(cls) -> "WebhookSecret":
        return cls(os.environ["GATEWAY_WEBHOOK_SECRET"].encode())

    def signature(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self.value, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()

    def is_valid(self, timestamp: str, body: bytes, presented: str) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self.tolerance_s:
            return False
        return hmac.compare_digest(self.signature(timestamp, body), presented)


SECRET = WebhookSecret.from_env()


def apply_refund(event: dict) -> None:
    log.info("refund %s recorded for booking %s", event["id"], event["booking_ref"])


def apply_dispute(event: dict) -> None:
    log.warning("dispute %s opened for booking %s", event["id"], event["booking_ref"])


HANDLERS = {"refund.completed": apply_refund, "dispute.opened": apply_dispute}


@app.post("/gateway/events")
async def gateway_events(
    request: Request,
    x_gateway_timestamp: str = Header(...),
    x_gateway_signature: str = Header(...),
):
    body = await request.body()
    if not SECRET.is_valid(x_gateway_timestamp, body, x_gateway_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    event = json.loads(body)
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        return {"status": "ignored"}
    handler(event["data"])
    return {"status": "processed"}
