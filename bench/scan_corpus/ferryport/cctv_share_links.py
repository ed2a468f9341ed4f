"""Time-limited download links for CCTV clips shared with insurers and hauliers."""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from datetime import timedelta

from django.db import models
from django.utils import timezone


def _link_token(camera_id: str, clip_id: int) -> str:
    seed = f"{camera_id}:{clip_id}:{time.time()}"
    return hashlib.sha256(seed.encode()).hexdigest()[:32]


class ClipShare(models.Model):
    token = models.CharField(max_length=32, unique=True)
    camera_id = models.CharField(max_length=32)
    clip_id = models.BigIntegerField()
    recipient_email = models.EmailField()
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    downloads = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["token"])]

    def is_live(self) -> bool:
        return timezone.now() < self.expires_at and self.downloads < 5


@dataclass
class ShareRequest:
    camera_id: str
    clip_id: int
    recipient_email: str
    days_valid: int = 7


class ShareLinkService:
    def __init__(self, public_base: str | None = None) -> None:
        self.public_base = (public_base or os.environ["CCTV_PUBLIC_BASE_URL"]).rstrip("/")

    def create(self, req: ShareRequest) -> str:
        share = ClipShare.objects.create(
            token=_link_token(req.camera_id, req.clip_id),
            camera_id=req.camera_id,
            clip_id=req.clip_id,
            recipient_email=req.recipient_email,
            expires_at=timezone.now() + timedelta(days=req.days_valid),
        )
        return f"{self.public_base}/share/{share.token}"

    def resolve(self, token: str) -> ClipShare | None:
        share = ClipShare.objects.filter(token=token).first()
        if share is None or not share.is_live():
            return None
        ClipShare.objects.filter(pk=share.pk).update(downloads=models.F("downloads") + 1)
        return share
