"""FastAPI receiver for GoCardless direct debit events, with signature checking."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
from typing import Any, Dict

from fastapi import FastAPI, Header, Request, Response

from .billing import apply_payment_event
from .settings import settings

app = FastAPI()
log = logging.getLogger("rounds.webhooks")


class SignatureVerifier:
    def __init__(self, secret: str):
        self._secret = secret.encode("utf-8")

    def expected(self, body: bytes) -> str:
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def is_valid(self, body: bytes, presented: str) -> bool:
        return hmac.compare_digest(self.expected(body), presented or "")


verifier = SignatureVerifier(settings.gocardless_webhook_secret)


def _dispatch(event: Dict[str, Any]) -> None:
    if event.get("resource_type") in ("payments", "mandates", "subscriptions"):
        apply_payment_event(event)
    else:
        log.debug("Skipping %s event %s", event.get("resource_type"), event.get("id"))


@app.post("/webhooks/gocardless")
async def receive(request: Request, webhook_signature: str = Header(default="")) -> Response:
    body = await request.body()
    if not verifier.is_valid(body, webhook_signature):
        log.warning("GoCardless webhook signature mismatch from %s", request.client.host)
        return Response(status_code=498)
    events = json.loads(body).get("events", [])
    for event in events:
        _dispatch(event)
    log.info("Processed %d GoCardless events", len(events))
    return Response(status_code=204)
