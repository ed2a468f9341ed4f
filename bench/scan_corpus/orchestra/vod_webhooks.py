"""FastAPI receiver for video-on-demand events from the streaming provider."""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .jobs import enqueue_vod_publish

router = APIRouter()

SIGNING_SECRET = os.environ["VOD_WEBHOOK_SECRET"].encode()
MAX_SKEW = 300


def verify(body: bytes, timestamp: str, signature: str) -> None:
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW:
        raise HTTPException(status_code=400, detail="stale webhook")
    mac = hmac.new(SIGNING_SECRET, timestamp.encode() + b"." + body, hashlib.sha256)
    if not hmac.compare_digest(mac.hexdigest(), signature):
        raise HTTPException(status_code=401, detail="bad signature")


@router.post("/hooks/vod")
async def vod_event(
    request: Request,
    x_vod_timestamp: str = Header(...),
    x_vod_signature: str = Header(...),
):
    body = await request.body()
    verify(body, x_vod_timestamp, x_vod_signature)
    event = await request.json()
    if event.get("type") == "asset.ready":
        enqueue_vod_publish(event["asset_id"], event["playback_id"])
    return {"ok": True}
