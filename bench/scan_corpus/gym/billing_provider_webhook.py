"""Webhook receiver for the direct-debit billing provider.

Events: mandate created/cancelled, payment confirmed/failed, payout paid.
"""
import hashlib
import hmac
import json
import logging
import os

from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from billing.tasks import handle_provider_event

log = logging.getLogger(__name__)


def _webhook_secret() -> bytes:
    return os.environ["BILLING_WEBHOOK_SECRET"].encode()


def _signature_matches(body: bytes, header_value: str) -> bool:
    computed = hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(computed, header_value)


@csrf_exempt
@require_POST
def provider_webhook(request):
    signature = request.headers.get("Webhook-Signature", "")
    if not _signature_matches(request.body, signature):
        log.warning("rejected billing webhook: signature mismatch")
        return HttpResponseForbidden()
    events = json.loads(request.body).get("events", [])
    for event in events:
        handle_provider_event.delay(event["id"], event["resource_type"], event["action"])
    return HttpResponse(status=204)
