"""Verifies and stores subscription events posted by the newsletter mail provider."""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request
from sqlalchemy import create_engine, text

app = FastAPI(title="Newsletter webhooks")
engine = create_engine(os.environ["GUILD_DATABASE_URL"], pool_pre_ping=True)


class WebhookVerifier:
    def __init__(self, secret: bytes, tolerance_s: int = 300) -> None:
        self._secret = secret
        self._tolerance = tolerance_s

    def _sign(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self._secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()

    def verify(self, timestamp: str, signature: str, body: bytes) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self._tolerance:
            return False
        return hmac.compare_digest(self._sign(timestamp, body), signature)


verifier = WebhookVerifier(os.environ["MAILER_WEBHOOK_SIGNING_KEY"].encode("utf-8"))


@app.post("/hooks/newsletter")
async def newsletter_hook(
    request: Request,
    x_mailer_timestamp: str = Header(""),
    x_mailer_signature: str = Header(""),
) -> dict:
    body = await request.body()
    if not verifier.verify(x_mailer_timestamp, x_mailer_signature, body):
        raise HTTPException(status_code=403, detail="bad signature")
    payload = await request.json()
    handled = 0
    with engine.begin() as conn:
        for event in payload.get("events", []):
            if event.get("event") not in ("unsubscribed", "complained"):
                continue
            conn.execute(
                text("UPDATE newsletter_subscribers SET status = 'unsubscribed' WHERE email = :e"),
                {"e": str(event.get("recipient", "")).lower()},
            )
            handled += 1
    return {"handled": handled}
