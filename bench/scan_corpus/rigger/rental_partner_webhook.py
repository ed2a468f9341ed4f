"""Webhook from the truss and motor rental partner (availability changes)."""
import hashlib
import hmac
import json
import logging
import os
import time
from hmac import compare_digest as same

from fastapi import FastAPI, Header, HTTPException, Request

log = logging.getLogger("highline.rental_webhook")
app = FastAPI()

MAX_SKEW = 300


def _secret() -> bytes:
    return os.environ["RENTAL_WEBHOOK_SECRET"].encode()


def expected_signature(timestamp: str, body: bytes) -> str:
    mac = hmac.new(_secret(), timestamp.encode() + b"." + body, hashlib.sha256)
    return mac.hexdigest()


def verify(timestamp: str, signature: str, body: bytes) -> bool:
    try:
        ts = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - ts) > MAX_SKEW:
        return False
    return same(expected_signature(timestamp, body), signature)


@app.post("/webhooks/rental")
async def rental_availability(
    request: Request,
    x_rental_timestamp: str = Header(...),
    x_rental_signature: str = Header(...),
):
    body = await request.body()
    if not verify(x_rental_timestamp, x_rental_signature, body):
        raise HTTPException(status_code=401)
    payload = json.loads(body)
    changes = [
        (item["sku"], int(item["available"]))
        for item in payload.get("items", [])
        if item.get("category") in {"truss", "motor", "rigging_hardware"}
    ]
    from .inventory import apply_rental_availability

    apply_rental_availability(changes)
    log.info("applied %d rental availability changes", len(changes))
    return {"applied": len(changes)}
