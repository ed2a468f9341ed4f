"""Callback receiver for the membrane manufacturer's warranty-monitoring
service. It notifies us when normalised data submitted for a train falls
outside the warranty envelope (flux, SDI, feed temperature)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time

from fastapi import Depends, FastAPI, Header, HTTPException, Request

from warranty.store import record_excursion

app = FastAPI()


class CallbackSigner:
    max_age_s = 300

    def __init__(self, key: bytes) -> None:
        self._key = key

    def signature(self, timestamp: str, body: bytes) -> bytes:
        return hmac.new(self._key, f"{timestamp}\n".encode() + body, hashlib.sha512).digest()

    def check(self, timestamp: str, presented_b64: str, body: bytes) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self.max_age_s:
            return False
        try:
            presented = base64.b64decode(presented_b64, validate=True)
        except ValueError:
            return False
        return hmac.compare_digest(presented, self.signature(timestamp, body))


def get_signer() -> CallbackSigner:
    return CallbackSigner(os.environ["WARRANTY_CALLBACK_KEY"].encode())


async def verified_body(
    request: Request,
    x_warranty_timestamp: str = Header(...),
    x_warranty_signature: str = Header(...),
    signer: CallbackSigner = Depends(get_signer),
) -> bytes:
    body = await request.body()
    if not signer.check(x_warranty_timestamp, x_warranty_signature, body):
        raise HTTPException(status_code=401, detail="signature rejected")
    return body


@app.post("/callbacks/warranty-excursion", status_code=204)
async def warranty_excursion(body: bytes = Depends(verified_body)) -> None:
    record_excursion(body)
