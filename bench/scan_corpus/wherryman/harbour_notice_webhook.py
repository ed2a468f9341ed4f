"""Receives notices to mariners pushed by the harbour authority.

Notices cover lock closures, low bridges and dredging works. Each push
is signed over the timestamp and body with the notice channel secret.
"""
import hashlib
import hmac
import time

from fastapi import APIRouter, HTTPException, Request

from wherryman.notices import store_notice
from wherryman.settings import settings

router = APIRouter()
MAX_SKEW_SECONDS = 300


def _sign(timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(settings.HARBOUR_NOTICE_SECRET.encode(), message, hashlib.sha256).hexdigest()


def _fresh(timestamp: str) -> bool:
    return timestamp.isdigit() and abs(time.time() - int(timestamp)) <= MAX_SKEW_SECONDS


@router.post("/webhooks/harbour/notices")
async def receive_notice(request: Request):
    body = await request.body()
    timestamp = request.headers.get("X-Harbour-Timestamp", "")
    signature = request.headers.get("X-Harbour-Signature", "")
    if not _fresh(timestamp):
        raise HTTPException(400, "stale notice")
    if not hmac.compare_digest(_sign(timestamp, body), signature):
        raise HTTPException(401, "bad signature")
    notice = await request.json()
    await store_notice(notice)
    return {"received": notice.get("notice_id")}
