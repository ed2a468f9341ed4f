"""Webhooks from the live streaming provider (stream started / ended / recorded)."""
import hashlib
import hmac
import json
import os
import time

from fastapi import APIRouter, HTTPException, Request

router = APIRouter()

SIGNATURE_TOLERANCE_SECONDS = 300


def _secret() -> bytes:
    return os.environ["LIVE_WEBHOOK_SECRET"].encode("utf-8")


def verify_signature(header: str, body: bytes) -> None:
    # header format: "t=1700000000,v1=<hex>"
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    timestamp, signature = parts.get("t", ""), parts.get("v1", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > SIGNATURE_TOLERANCE_SECONDS:
        raise HTTPException(400, "stale or missing timestamp")
    expected = hmac.new(_secret(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise HTTPException(401, "signature mismatch")


@router.post("/webhooks/live")
async def live_webhook(request: Request) -> dict:
    body = await request.body()
    verify_signature(request.headers.get("Live-Signature", ""), body)
    event = json.loads(body)
    if event["type"] == "stream.ended":
        stream_id = event["data"]["stream_id"]
        request.app.state.archive_queue.put_nowait(stream_id)
    elif event["type"] == "recording.ready":
        request.app.state.vod_queue.put_nowait(event["data"]["asset_id"])
    return {"received": True}
