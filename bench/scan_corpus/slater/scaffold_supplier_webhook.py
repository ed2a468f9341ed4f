"""Webhook from the scaffold hire partner: erected, inspected, struck.

A job can't start until the scaffold has a signed handover certificate, so
the scheduler board listens for these events. Requests carry a timestamp and
an HMAC-SHA256 signature over "timestamp.body".
"""
import hashlib
import hmac
import os
import time
from hmac import compare_digest as same

from fastapi import APIRouter, HTTPException, Request

from scheduling.board import mark_scaffold_status

router = APIRouter(prefix="/hooks")

TOLERANCE_SECONDS = 300
STATUSES = ("erected", "inspected", "adapted", "struck")


class SignatureChecker:
    def __init__(self, secret: str) -> None:
        self._secret = secret.encode()

    def sign(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def verify(self, timestamp: str, body: bytes, signature: str) -> bool:
        try:
            age = abs(time.time() - int(timestamp))
        except ValueError:
            return False
        if age > TOLERANCE_SECONDS:
            return False
        return same(self.sign(timestamp, body), signature)


checker = SignatureChecker(os.environ["SCAFFOLD_WEBHOOK_SECRET"])


@router.post("/scaffold")
async def scaffold_event(request: Request):
    body = await request.body()
    ts = request.headers.get("X-Scaffold-Timestamp", "")
    sig = request.headers.get("X-Scaffold-Signature", "")
    if not checker.verify(ts, body, sig):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = await request.json()
    if event.get("status") not in STATUSES:
        raise HTTPException(status_code=422, detail="unknown status")
    await mark_scaffold_status(
        job_ref=event["job_reference"],
        status=event["status"],
        certificate_url=event.get("handover_certificate"),
    )
    return {"received": True}
