"""Authenticate visitor-centre kiosks calling the ticketing API."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Callable

from django.http import HttpRequest, JsonResponse

from tickets.models import Kiosk


@dataclass(frozen=True)
class KioskIdentity:
    kiosk_id: str
    site: str


def digest_key(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


def identify(request: HttpRequest) -> KioskIdentity | None:
    kiosk_id = request.headers.get("X-Kiosk-Id", "")
    raw_key = request.headers.get("X-Kiosk-Key", "")
    if not kiosk_id or not raw_key:
        return None
    kiosk = Kiosk.objects.filter(kiosk_id=kiosk_id, retired=False).only("key_sha256", "site").first()
    if kiosk is None:
        return None
    if not secrets.compare_digest(digest_key(raw_key), kiosk.key_sha256):
        return None
    return KioskIdentity(kiosk_id=kiosk_id, site=kiosk.site)


class KioskAuthMiddleware:
    """Attach ``request.kiosk`` for /api/kiosk/ routes or reject the call."""

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if request.path.startswith("/api/kiosk/"):
            identity = identify(request)
            if identity is None:
                return JsonResponse({"error": "kiosk not recognised"}, status=401)
            request.kiosk = identity
        return self.get_response(request)
