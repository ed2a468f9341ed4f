"""Receive stock-movement webhooks from the partner dealer network.

Dealers notify us when an instrument we restored for them has been sold on,
so the warranty record can be moved to the new owner.
"""
import hashlib
import hmac
import json
import os
import time
from hmac import compare_digest as same

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()

TOLERANCE_SECONDS = 300


class DealerSecrets:
    def __init__(self, prefix: str = "DEALER_HOOK_SECRET_"):
        self._secrets = {
            k[len(prefix):].lower(): v.encode() for k, v in os.environ.items() if k.startswith(prefix)
        }

    def for_dealer(self, dealer_code: str) -> bytes | None:
        return self._secrets.get(dealer_code.lower())


secrets_registry = DealerSecrets()


def _sign(secret: bytes, timestamp: str, body: bytes) -> str:
    return hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def verify(dealer_code: str, timestamp: str, signature: str, body: bytes) -> bool:
    secret = secrets_registry.for_dealer(dealer_code)
    if secret is None or not timestamp.isdigit():
        return False
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    return same(_sign(secret, timestamp, body), signature)


@app.post("/hooks/dealers/{dealer_code}")
async def dealer_hook(
    dealer_code: str,
    request: Request,
    x_dealer_timestamp: str = Header(""),
    x_dealer_signature: str = Header(""),
):
    body = await request.body()
    if not verify(dealer_code, x_dealer_timestamp, x_dealer_signature, body):
        raise HTTPException(401, "signature rejected")
    event = json.loads(body)
    if event.get("event") == "instrument.sold":
        return {"transfer_warranty": event["instrument_serial"], "new_owner": event.get("buyer_ref")}
    return {"ignored": event.get("event")}
