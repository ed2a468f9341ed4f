"""Django view receiving booking changes from the external class calendar."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from bookings.models import ClassSession


def _signing_key() -> bytes:
    return os.environ["CALENDAR_WEBHOOK_KEY"].encode("utf-8")


def _computed_signature(body: bytes) -> bytes:
    return base64.b64encode(hmac.new(_signing_key(), body, hashlib.sha256).digest())


def _signature_ok(request: HttpRequest) -> bool:
    supplied = request.headers.get("X-Calendar-Signature", "").encode("ascii", "ignore")
    return hmac.compare_digest(_computed_signature(request.body), supplied)


@csrf_exempt
@require_POST
def calendar_event(request: HttpRequest) -> HttpResponse:
    if not _signature_ok(request):
        return HttpResponseForbidden("signature mismatch")
    payload = json.loads(request.body)
    try:
        session = ClassSession.objects.get(external_id=payload["event_id"])
    except (KeyError, ClassSession.DoesNotExist):
        return JsonResponse({"status": "ignored"}, status=202)
    if payload.get("status") == "cancelled":
        session.cancelled = True
    session.starts_at = payload.get("start", session.starts_at)
    session.ends_at = payload.get("end", session.ends_at)
    session.save(update_fields=["cancelled", "starts_at", "ends_at"])
    return JsonResponse({"status": "updated", "session": session.pk})
