"""FastAPI endpoint receiving claim decisions from the optical insurer hub.

The hub signs ``timestamp + "." + body`` with HMAC-SHA256 and sends
``X-Hub-Timestamp`` and ``X-Hub-Signature`` headers.
"""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from claims.service import apply_status_update

router = APIRouter(prefix="/hub")
MAX_SKEW_S = 300


def _hub_secret() -> bytes:
    return os.environ["INSURER_HUB_WEBHOOK_SECRET"].encode()


def _sign(timestamp: str, body: bytes) -> str:
    msg = timestamp.encode() + b"." + body
    return hmac.new(_hub_secret(), msg, hashlib.sha256).hexdigest()


@router.post("/claims/decision")
async def claim_decision(
    request: Request,
    x_hub_timestamp: str = Header(...),
    x_hub_signature: str = Header(...),
):
    if abs(time.time() - int(x_hub_timestamp)) > MAX_SKEW_S:
        raise HTTPException(status_code=400, detail="stale request")
    body = await request.body()
    expected = _sign(x_hub_timestamp, body)
    if not hmac.compare_digest(expected, x_hub_signature.strip().lower()):
        raise HTTPException(status_code=401, detail="invalid signature")

    event = await request.json()
    apply_status_update(
        insurer=event["insurer"],
        claim_ref=event["claim_reference"],
        status=event["decision"],
        amount_pence=event.get("amount_pence"),
    )
    return {"ok": True}
