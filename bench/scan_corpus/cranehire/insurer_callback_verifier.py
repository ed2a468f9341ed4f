"""Verify claim-status callbacks from the insurer.

When a claim for a damaged crane changes state, the insurer calls our
endpoint with a JSON body and an ``Insurer-Signature`` header of the form
``t=<unix>,v1=<hex hmac-sha256>``.
"""
import hashlib
import hmac
import os
import time
from typing import Dict

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()

TOLERANCE_S = 300
HANDLED_EVENTS = {"claim.updated", "claim.settled"}


def _parse_header(value: str) -> Dict[str, str]:
    parts = {}
    for item in value.split(","):
        key, _, val = item.strip().partition("=")
        parts[key] = val
    return parts


def signature_valid(secret: bytes, header: str, body: bytes, now: float) -> bool:
    parts = _parse_header(header)
    timestamp, provided = parts.get("t", ""), parts.get("v1", "")
    if not timestamp.isdigit() or abs(now - int(timestamp)) > TOLERANCE_S:
        return False
    expected = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided)


@app.post("/callbacks/insurer/claims")
async def claim_callback(request: Request, insurer_signature: str = Header(...)):
    body = await request.body()
    secret = os.environ["INSURER_CALLBACK_SECRET"].encode()
    if not signature_valid(secret, insurer_signature, body, time.time()):
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    if event.get("type") not in HANDLED_EVENTS:
        return {"ignored": True}
    from cranehire.claims import update_claim

    update_claim(event["claim_ref"], event["status"], event.get("settled_amount"))
    return {"ok": True}
