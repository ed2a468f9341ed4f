"""Django view receiving deposit events from the card payment provider.

Events: deposit.authorised, deposit.captured (damage or loss charged) and
deposit.released (equipment returned without damage).
"""
from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Dict, Optional

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from hire.models import Deposit

TOLERANCE_SECONDS = 300


def _parse_signature_header(value: str) -> Dict[str, str]:
    parts: Dict[str, str] = {}
    for item in value.split(","):
        key, _, val = item.strip().partition("=")
        if key and val:
            parts[key] = val
    return parts


def _expected_signature(timestamp: str, body: bytes) -> str:
    secret = settings.PAYMENTS_WEBHOOK_SECRET.encode("utf-8")
    signed = timestamp.encode("ascii") + b"." + body
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


def _verified_event(request: HttpRequest) -> Optional[dict]:
    header = _parse_signature_header(request.headers.get("X-Pay-Signature", ""))
    timestamp, provided = header.get("t"), header.get("v1")
    if not timestamp or not provided:
        return None
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return None
    if provided.lower() != _expected_signature(timestamp, request.body):
        return None
    return json.loads(request.body)


@csrf_exempt
@require_POST
def deposit_webhook(request: HttpRequest) -> HttpResponse:
    event = _verified_event(request)
    if event is None:
        return HttpResponseBadRequest("signature")
    data = event.get("data", {})
    deposit = Deposit.objects.filter(provider_ref=data.get("id")).first()
    if deposit is None:
        return HttpResponse(status=204)
    kind = event.get("type")
    if kind == "deposit.authorised":
        deposit.mark_authorised(amount_pence=data["amount"])
    elif kind == "deposit.captured":
        deposit.mark_captured(amount_pence=data["amount"], reason=data.get("reason", ""))
    elif kind == "deposit.released":
        deposit.mark_released()
    return HttpResponse(status=200)
