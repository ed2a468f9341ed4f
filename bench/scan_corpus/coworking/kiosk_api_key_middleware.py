"""Django middleware authenticating lobby check-in kiosks.

Each kiosk sends ``X-Kiosk-Id`` and ``X-Kiosk-Key``; the key is compared with
the value provisioned for that kiosk, stored as a SHA-256 digest.
"""
from __future__ import annotations

import hashlib
import hmac
from typing import Callable

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse

from reception.models import Kiosk

KIOSK_PATH_PREFIX = "/kiosk/"


def _stored_digest(kiosk_id: str) -> bytes | None:
    cache_key = f"kiosk-key:{kiosk_id}"
    digest = cache.get(cache_key)
    if digest is None:
        kiosk = Kiosk.objects.filter(public_id=kiosk_id, active=True).only("key_sha256").first()
        if kiosk is None:
            return None
        digest = bytes.fromhex(kiosk.key_sha256)
        cache.set(cache_key, digest, timeout=300)
    return digest


def kiosk_key_valid(kiosk_id: str, presented_key: str) -> bool:
    stored = _stored_digest(kiosk_id)
    if stored is None:
        return False
    presented = hashlib.sha256(presented_key.encode("utf-8")).digest()
    return hmac.compare_digest(presented, stored)


class KioskAuthMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(KIOSK_PATH_PREFIX):
            kiosk_id = request.headers.get("X-Kiosk-Id", "")
            presented = request.headers.get("X-Kiosk-Key", "")
            if not kiosk_id or not presented or not kiosk_key_valid(kiosk_id, presented):
                return JsonResponse({"error": "kiosk not authorised"}, status=401)
            request.kiosk_id = kiosk_id
        return self.get_response(request)
