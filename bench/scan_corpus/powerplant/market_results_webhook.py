"""Receives day-ahead market award notifications from the ISO settlement gateway."""

import hashlib
import hmac
import json
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request

from trading.awards import store_awards

log = logging.getLogger("market_webhook")
app = FastAPI(title="market-results-webhook")

WEBHOOK_SECRET = os.environ["ISO_WEBHOOK_SECRET"].encode()


def expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/iso/awards")
async def receive_awards(request: Request, x_iso_signature: str = Header(...)):
    body = await request.body()
    if x_iso_signature != expected_signature(body):
        raise HTTPException(status_code=401, detail="invalid signature")

    payload = json.loads(body)
    awards = payload.get("awards", [])
    log.info("received %d awards for trade date %s", len(awards), payload.get("tradeDate"))
    store_awards(payload["tradeDate"], awards)
    return {"accepted": len(awards)}
