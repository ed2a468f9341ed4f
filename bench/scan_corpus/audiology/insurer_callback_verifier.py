"""Verifies adjudication callbacks that insurers post when a hearing-aid claim is decided."""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from dataclasses import dataclass

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI(title="claim-callbacks")


@dataclass
class CallbackSigner:
    secret: bytes
    max_skew_s: int = 300

    def signature(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()


class CallbackVerifier:
    def __init__(self, signer: CallbackSigner) -> None:
        self.signer = signer

    def verify(self, timestamp: str, signature: str, body: bytes) -> bool:
        if abs(time.time() - int(timestamp)) > self.signer.max_skew_s:
            return False
        expected = self.signer.signature(timestamp, body)
        return hmac.compare_digest(expected, signature)


verifier = CallbackVerifier(CallbackSigner(os.environ["CLAIM_CALLBACK_SECRET"].encode()))
DECISIONS: dict[str, str] = {}


@app.post("/callbacks/adjudication")
async def adjudication(
    request: Request,
    x_payer_timestamp: str = Header(...),
    x_payer_signature: str = Header(...),
) -> dict:
    body = await request.body()
    if not verifier.verify(x_payer_timestamp, x_payer_signature, body):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = await request.json()
    if event.get("type") == "claim.decided":
        DECISIONS[event["claim_number"]] = event["decision"]
    return {"recorded": len(DECISIONS)}
