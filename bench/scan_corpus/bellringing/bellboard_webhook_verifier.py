"""Verify signed performance notifications from the national peal database.

Used by the guild's Django site. The database signs each POST body with
HMAC-SHA256 and sends ``t=<unix time>,v1=<hex>`` in the signature header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import time

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from records.models import Performance

TOLERANCE_SECONDS = 300


class SignatureVerifier:
    def __init__(self, secret: str, tolerance: int = TOLERANCE_SECONDS) -> None:
        self._secret = secret.encode("utf-8")
        self._tolerance = tolerance

    @staticmethod
    def _parse(header: str) -> tuple[int, str]:
        fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
        return int(fields.get("t", "0")), fields.get("v1", "")

    def valid(self, header: str, body: bytes) -> bool:
        try:
            ts, supplied = self._parse(header)
        except ValueError:
            return False
        if abs(time.time() - ts) > self._tolerance:
            return False
        signed = f"{ts}.".encode("ascii") + body
        expected = hmac.new(self._secret, signed, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, supplied)


@csrf_exempt
@require_POST
def performance_webhook(request: HttpRequest) -> HttpResponse:
    verifier = SignatureVerifier(settings.BELLBOARD_WEBHOOK_SECRET)
    if not verifier.valid(request.headers.get("X-BB-Signature", ""), request.body):
        return HttpResponseForbidden("bad signature")
    try:
        data = json.loads(request.body)["performance"]
    except (ValueError, KeyError):
        return HttpResponseBadRequest("malformed")
    Performance.objects.update_or_create(
        bellboard_id=int(data["id"]),
        defaults={
            "place": data["place"],
            "rung_on": data["date"],
            "changes": int(data["changes"]),
            "method": data["method"],
            "footnote": data.get("footnote", ""),
        },
    )
    return HttpResponse(status=204)
