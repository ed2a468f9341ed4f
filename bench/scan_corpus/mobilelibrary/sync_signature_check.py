"""Verifies signed returns batches that van tablets upload after a route.

The batch body is signed with HMAC-SHA256 under the tablet's enrolment key,
and the signature header also carries a timestamp to stop replays.
"""
from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Tablet
from .returns import apply_returns_batch

MAX_SKEW_SECONDS = 300


@dataclass(frozen=True)
class SignatureHeader:
    timestamp: int
    mac: str

    @classmethod
    def parse(cls, raw: str) -> "SignatureHeader | None":
        parts = dict(p.split("=", 1) for p in raw.split(",") if "=" in p)
        try:
            return cls(int(parts["t"]), parts["v1"])
        except (KeyError, ValueError):
            return None


def expected_mac(key: bytes, timestamp: int, body: bytes) -> str:
    message = str(timestamp).encode("ascii") + b"." + body
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def verify(key: bytes, header: SignatureHeader, body: bytes, now: float | None = None) -> bool:
    now = time.time() if now is None else now
    if abs(now - header.timestamp) > MAX_SKEW_SECONDS:
        return False
    return hmac.compare_digest(expected_mac(key, header.timestamp, body), header.mac)


@csrf_exempt
@require_POST
def returns_batch(request: HttpRequest) -> HttpResponse:
    tablet = Tablet.objects.filter(
        serial=request.headers.get("X-Tablet-Serial", ""), revoked=False
    ).first()
    header = SignatureHeader.parse(request.headers.get("X-Signature", ""))
    if tablet is None or header is None:
        return HttpResponse(status=401)
    if not verify(tablet.hmac_key.encode("ascii"), header, request.body):
        return HttpResponse(status=401)
    result = apply_returns_batch(tablet, request.body)
    return JsonResponse({"accepted": result.accepted, "duplicates": result.duplicates})
