"""Card processor callbacks for POS sales and interest payments."""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter(prefix="/callbacks")

TOLERANCE_SECONDS = 300


def _secret() -> bytes:
    return os.environ["PROCESSOR_CALLBACK_SECRET"].encode("utf-8")


def _verify(body: bytes, timestamp: str, signature: str) -> bool:
    try:
        sent_at = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - sent_at) > TOLERANCE_SECONDS:
        return False
    signed = timestamp.encode("ascii") + b"." + body
    expected = hmac.new(_secret(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@router.post("/processor")
async def processor_callback(
    request: Request,
    x_timestamp: str = Header(...),
    x_signature: str = Header(...),
):
    body = await request.body()
    if not _verify(body, x_timestamp, x_signature):
        raise HTTPException(status_code=401, detail="invalid signature")

    event = await request.json()
    await request.app.state.payments.handle(event)
    return {"received": True}
