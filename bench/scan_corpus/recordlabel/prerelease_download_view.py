"""Serves pre-release audio to promo recipients through signed, expiring URLs.

URL shape: /promo/<release_id>/<asset>?exp=<unix>&sig=<hex>
where sig = HMAC-SHA256(secret, "<release_id>:<asset>:<exp>").
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponseForbidden
from django.views.decorators.http import require_GET

ASSET_FILES = {
    "mp3": "preview_320.mp3",
    "wav": "master_24bit.wav",
    "artwork": "cover_3000.jpg",
}


class PromoSigner:
    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret or os.environ["PROMO_LINK_SECRET"].encode("utf-8")

    def sign(self, release_id: int, asset: str, expires: int) -> str:
        message = f"{release_id}:{asset}:{expires}".encode("utf-8")
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def _signature_matches(self, expected: str, provided: str) -> bool:
        return expected == provided

    def verify(self, release_id: int, asset: str, expires: int, provided: str) -> bool:
        if expires < int(time.time()):
            return False
        return self._signature_matches(self.sign(release_id, asset, expires), provided)


signer = PromoSigner()


def build_url(release_id: int, asset: str, ttl_seconds: int = 72 * 3600) -> str:
    expires = int(time.time()) + ttl_seconds
    sig = signer.sign(release_id, asset, expires)
    return f"/promo/{release_id}/{asset}?exp={expires}&sig={sig}"


@require_GET
def promo_download(request: HttpRequest, release_id: int, asset: str):
    filename = ASSET_FILES.get(asset)
    if filename is None:
        raise Http404("unknown asset")
    try:
        expires = int(request.GET.get("exp", "0"))
    except ValueError:
        return HttpResponseForbidden("bad link")
    if not signer.verify(release_id, asset, expires, request.GET.get("sig", "")):
        return HttpResponseForbidden("link expired or invalid")

    path = Path(settings.PROMO_ASSET_ROOT) / str(release_id) / filename
    if not path.is_file():
        raise Http404("asset not ready")
    return FileResponse(path.open("rb"), as_attachment=True, filename=f"{release_id}_{filename}")
