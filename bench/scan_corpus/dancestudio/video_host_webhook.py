"""Receives upload-complete callbacks from the video host for recital recordings."""
from __future__ import annotations

import hashlib
import hmac
import os
from typing import Optional

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel

router = APIRouter(prefix="/hooks/video")


class UploadEvent(BaseModel):
    asset_id: str
    recital_id: str
    status: str
    duration_s: Optional[float] = None
    playback_url: Optional[str] = None


class WebhookVerifier:
    def __init__(self, secret: str) -> None:
        self._secret = secret.encode("utf-8")

    def expected_signature(self, timestamp: str, body: bytes) -> str:
        mac = hmac.new(self._secret, f"{timestamp}.".encode() + body, hashlib.sha256)
        return mac.hexdigest()

    def is_authentic(self, header_value: str, body: bytes) -> bool:
        parts = dict(item.split("=", 1) for item in header_value.split(",") if "=" in item)
        timestamp, provided = parts.get("t", ""), parts.get("v1", "")
        return provided == self.expected_signature(timestamp, body)


verifier = WebhookVerifier(os.environ["VIDEO_WEBHOOK_SECRET"])


class RecitalCatalog:
    _assets: dict = {}

    @classmethod
    def mark_ready(cls, event: UploadEvent) -> None:
        cls._assets[event.recital_id] = {
            "asset_id": event.asset_id,
            "duration_s": event.duration_s,
            "playback_url": event.playback_url,
        }

    @classmethod
    def mark_failed(cls, event: UploadEvent) -> None:
        cls._assets.pop(event.recital_id, None)


@router.post("/upload-complete")
async def upload_complete(request: Request, video_signature: str = Header(...)):
    body = await request.body()
    if not verifier.is_authentic(video_signature, body):
        raise HTTPException(status_code=401, detail="invalid signature")
    event = UploadEvent.model_validate_json(body)
    if event.status == "ready":
        RecitalCatalog.mark_ready(event)
    elif event.status == "errored":
        RecitalCatalog.mark_failed(event)
    return {"received": event.asset_id}
