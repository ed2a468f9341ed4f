"""Callbacks from the hosted OCR vendor when a batch finishes."""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request, status

from .jobs import mark_ocr_batch_complete

router = APIRouter()

CALLBACK_SECRET = os.environ["OCR_CALLBACK_SECRET"].encode()
TOLERANCE_SECONDS = 300


def _sign(timestamp: str, body: bytes) -> str:
    return hmac.new(CALLBACK_SECRET, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


@router.post("/callbacks/ocr")
async def ocr_batch_done(
    request: Request,
    x_ocr_timestamp: str = Header(...),
    x_ocr_signature: str = Header(...),
):
    try:
        age = abs(time.time() - int(x_ocr_timestamp))
    except ValueError:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid timestamp")
    if age > TOLERANCE_SECONDS:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "stale callback")

    body = await request.body()
    expected = _sign(x_ocr_timestamp, body)
    if not hmac.compare_digest(expected, x_ocr_signature.strip().lower()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid signature")

    payload = await request.json()
    if payload.get("status") == "completed":
        mark_ocr_batch_complete(payload["batch_id"], pages=payload.get("page_count", 0))
    return {"ok": True}
