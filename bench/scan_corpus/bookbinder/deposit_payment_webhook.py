"""Deposit payments for restoration jobs.

Large jobs (full rebinds, clamshell boxes for a whole collection) take a
30% deposit through the card processor. The processor calls this endpoint
when a deposit settles so the job can be released to the workshop.
"""
import hashlib
import hmac
import os
import time

from fastapi import FastAPI, HTTPException, Request

from bindery.jobs import release_for_work

app = FastAPI()

TOLERANCE_SECONDS = 300


def _secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def parse_signature_header(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for part in header.split(","):
        key, _, value = part.partition("=")
        if key == "t":
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def verify(payload: bytes, header: str) -> bool:
    timestamp, signatures = parse_signature_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(_secret(), signed, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, candidate) for candidate in signatures)


@app.post("/payments/webhook")
async def payment_event(request: Request):
    payload = await request.body()
    if not verify(payload, request.headers.get("Processor-Signature", "")):
        raise HTTPException(status_code=400, detail="bad signature")
    event = await request.json()
    if event["type"] == "payment_intent.succeeded":
        intent = event["data"]["object"]
        release_for_work(intent["metadata"]["job_ref"], deposit_pence=intent["amount_received"])
    return {"ok": True}
