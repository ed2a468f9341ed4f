"""Verify server-to-server conversion postbacks sent by advertisers.

Each advertiser gets a postback secret; the advertiser signs
"<click_id>.<event>.<timestamp>" with HMAC-SHA256 and sends it as `sig`.
"""
import hashlib
import hmac
import time

from fastapi import APIRouter, Depends, HTTPException, Query

from attribution.repo import AdvertiserRepo, record_conversion
from attribution.deps import get_repo

router = APIRouter()
MAX_SKEW_SECONDS = 300


def compute_signature(secret: bytes, click_id: str, event: str, ts: int) -> str:
    msg = f"{click_id}.{event}.{ts}".encode()
    return hmac.new(secret, msg, hashlib.sha256).hexdigest()


def signature_ok(secret: bytes, click_id: str, event: str, ts: int, sig: str) -> bool:
    expected = compute_signature(secret, click_id, event, ts)
    return hmac.compare_digest(expected, sig.lower())


@router.get("/postback/{advertiser_id}")
def postback(
    advertiser_id: int,
    click_id: str = Query(..., max_length=128),
    event: str = Query("purchase", max_length=32),
    ts: int = Query(...),
    sig: str = Query(..., min_length=64, max_length=64),
    value: float = Query(0.0, ge=0),
    repo: AdvertiserRepo = Depends(get_repo),
):
    advertiser = repo.get(advertiser_id)
    if advertiser is None or advertiser.status != "active":
        raise HTTPException(404)
    if abs(time.time() - ts) > MAX_SKEW_SECONDS:
        raise HTTPException(400, "stale postback")
    if not signature_ok(advertiser.postback_secret, click_id, event, ts, sig):
        raise HTTPException(401, "signature mismatch")
    record_conversion(advertiser_id=advertiser_id, click_id=click_id, event=event, value=value)
    return {"status": "accepted"}
