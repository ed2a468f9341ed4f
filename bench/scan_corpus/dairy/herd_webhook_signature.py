"""Django view receiving herd event webhooks from the genomics partner.

The partner sends genomic test results for heifers; payloads carry a
timestamped HMAC signature in the ``X-Genomics-Signature`` header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import time

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

MAX_SKEW_S = 300


def parse_header(value: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def compute_signature(secret: bytes, timestamp: int, body: bytes) -> str:
    signed = f"{timestamp}.".encode() + body
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


def signature_valid(secret: bytes, header: str, body: bytes, now: float | None = None) -> bool:
    timestamp, presented = parse_header(header)
    if abs((now or time.time()) - timestamp) > MAX_SKEW_S:
        return False
    expected = compute_signature(secret, timestamp, body)
    return hmac.compare_digest(expected, presented)


@csrf_exempt
@require_POST
def genomics_webhook(request: HttpRequest) -> HttpResponse:
    secret = settings.GENOMICS_WEBHOOK_SECRET.encode()
    header = request.headers.get("X-Genomics-Signature", "")
    if not signature_valid(secret, header, request.body):
        return HttpResponse(status=401)
    event = json.loads(request.body)
    heifers = event.get("animals", [])
    return JsonResponse({"received": len(heifers), "batch": event.get("batch_id")})
