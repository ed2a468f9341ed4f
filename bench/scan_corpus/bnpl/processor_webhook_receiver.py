"""Inbound webhooks from the card processor (disputes and chargebacks)."""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, BackgroundTasks, Header, HTTPException, Request

from bnpl.disputes.handlers import handle_dispute_event

router = APIRouter()
TOLERANCE_SECONDS = 300
HANDLED_TYPES = {"dispute.opened", "dispute.updated", "dispute.closed", "chargeback.created"}


def _secrets() -> list[bytes]:
    # current and previous secret are both accepted during rotation
    return [s.encode() for s in os.environ["PROCESSOR_WEBHOOK_SECRETS"].split(",") if s]


def _signature_ok(body: bytes, timestamp: str, provided: str) -> bool:
    message = timestamp.encode() + b"." + body
    return any(
        hmac.compare_digest(hmac.new(secret, message, hashlib.sha256).hexdigest(), provided)
        for secret in _secrets()
    )


@router.post("/webhooks/processor/disputes", status_code=204)
async def disputes_webhook(
    request: Request,
    background: BackgroundTasks,
    x_signature: str = Header(...),
    x_timestamp: str = Header(...),
):
    if not x_timestamp.isdigit() or abs(time.time() - int(x_timestamp)) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=400, detail="stale or invalid timestamp")
    body = await request.body()
    if not _signature_ok(body, x_timestamp, x_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")

    event = await request.json()
    if event.get("type") == "ping":
        return None
    if event.get("type") not in HANDLED_TYPES:
        return None
    background.add_task(handle_dispute_event, event)
    return None
