"""Signature checks for inbound wearable-provider webhooks (Django view)."""
import hashlib
import hmac
import json
import os

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from sync.tasks import enqueue_activity_sync

ACCEPTED_EVENTS = ("activity.created", "activity.updated")


def _signing_secret(provider: str) -> bytes:
    return os.environ[f"{provider.upper()}_WEBHOOK_SECRET"].encode()


def signature_matches(provider: str, body: bytes, received: str) -> bool:
    expected = hmac.new(_signing_secret(provider), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received.strip().lower())


@csrf_exempt
@require_POST
def provider_webhook(request, provider: str):
    if provider not in ("polar", "whoop", "coros"):
        return HttpResponseBadRequest("unknown provider")
    received = request.headers.get("X-Signature-SHA256", "")
    if not signature_matches(provider, request.body, received):
        return HttpResponseForbidden()
    event = json.loads(request.body)
    if event.get("type") == "ping":
        return HttpResponse(status=204)
    if event.get("type") in ACCEPTED_EVENTS:
        enqueue_activity_sync.delay(
            provider=provider,
            athlete_ref=str(event["user_id"]),
            activity_ref=str(event["activity_id"]),
        )
    return HttpResponse(status=204)
