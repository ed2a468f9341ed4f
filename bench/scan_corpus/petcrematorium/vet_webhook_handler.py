"""Signed webhooks from partner clinics announcing pets ready for collection."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import PickupRequest

log = logging.getLogger(__name__)

MAX_SKEW_SECONDS = 300


class WebhookSignature:
    def __init__(self, secret: bytes):
        self._secret = secret

    def compute(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def valid(self, timestamp: str, body: bytes, presented: str) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            return False
        return hmac.compare_digest(self.compute(timestamp, body), presented)


_signer = WebhookSignature(settings.PARTNER_WEBHOOK_SECRET.encode("utf-8"))


@csrf_exempt
@require_POST
def pickup_ready(request: HttpRequest) -> HttpResponse:
    timestamp = request.headers.get("X-Webhook-Timestamp", "")
    signature = request.headers.get("X-Webhook-Signature", "")
    if not _signer.valid(timestamp, request.body, signature):
        return HttpResponse(status=401)

    try:
        payload = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponse(status=400)

    pickup, created = PickupRequest.objects.get_or_create(
        external_id=payload["pickup_id"],
        defaults={
            "clinic_code": payload["clinic_code"],
            "pet_count": int(payload.get("pet_count", 1)),
            "notes": payload.get("notes", "")[:500],
        },
    )
    log.info("pickup %s from clinic %s (new=%s)", pickup.pk, pickup.clinic_code, created)
    return JsonResponse({"id": pickup.pk, "created": created}, status=201 if created else 200)
