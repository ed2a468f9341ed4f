"""Payment-provider webhooks for prepaid QPU credits (FastAPI)."""
import hashlib
import hmac
import json
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .credits import apply_credit_purchase

router = APIRouter(prefix="/webhooks/payments")
TOLERANCE_S = 300


def _expected_signature(timestamp: str, body: bytes) -> str:
    secret = os.environ["PAYMENT_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


@router.post("/events")
async def payment_event(request: Request, x_signature: str = Header(...), x_timestamp: str = Header(...)):
    body = await request.body()
    try:
        ts = int(x_timestamp)
    except ValueError:
        raise HTTPException(status_code=400, detail="bad timestamp")
    if abs(time.time() - ts) > TOLERANCE_S:
        raise HTTPException(status_code=400, detail="stale event")
    if not hmac.compare_digest(_expected_signature(x_timestamp, body), x_signature):
        raise HTTPException(status_code=400, detail="bad signature")

    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        data = event["data"]
        await apply_credit_purchase(data["account_id"], int(data["credits"]))
    return {"received": True}
