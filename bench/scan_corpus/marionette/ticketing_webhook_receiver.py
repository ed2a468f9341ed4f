"""FastAPI receiver for refund and order webhooks from the public ticketing platform."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request, Response

log = logging.getLogger(__name__)
app = FastAPI()

TOLERANCE_SECONDS = 300


class SignatureVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "SignatureVerifier":
        return cls(os.environ["TICKETING_WEBHOOK_SECRET"].encode("utf-8"))

    def valid(self, timestamp: str, body: bytes, signature: str) -> bool:
        signed = timestamp.encode("ascii") + b"." + body
        expected = hmac.new(self._secret, signed, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, signature)


verifier = SignatureVerifier.from_env()


@app.post("/webhooks/ticketing")
async def receive(
    request: Request,
    x_signature: str = Header(...),
    x_timestamp: str = Header(...),
) -> Response:
    if not x_timestamp.isdigit() or abs(time.time() - int(x_timestamp)) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=400, detail="stale webhook")
    body = await request.body()
    if not verifier.valid(x_timestamp, body, x_signature):
        raise HTTPException(status_code=401, detail="bad signature")

    event = json.loads(body)
    if event.get("type") == "order.refunded":
        from .boxoffice import record_refund

        record_refund(external_ref=event["data"]["id"], amount_cents=event["data"]["refund_cents"])
    elif event.get("type") == "order.completed":
        from .boxoffice import record_sale

        data = event["data"]
        record_sale(
            performance_id=int(data["performance_id"]),
            seats=int(data["quantity"]),
            gross_cents=int(data["total_cents"]),
            external_ref=data["id"],
        )
    else:
        log.debug("ignored ticketing event %s", event.get("type"))
    return Response(status_code=204)
