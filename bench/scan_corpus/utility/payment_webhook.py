"""Receive mandate and payment events from the direct debit provider."""
import hashlib
import hmac
import json
import logging
import os

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from billing.mandates import handle_mandate_event
from billing.payments import handle_payment_event

log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["DD_PROVIDER_WEBHOOK_SECRET"].encode()
HANDLERS = {"mandates": handle_mandate_event, "payments": handle_payment_event}


def _signature_ok(body: bytes, provided: str) -> bool:
    computed = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(computed, provided)


@csrf_exempt
@require_POST
def dd_webhook(request: HttpRequest) -> HttpResponse:
    provided = request.headers.get("Webhook-Signature", "")
    if not provided or not _signature_ok(request.body, provided):
        return HttpResponse(status=401)
    try:
        events = json.loads(request.body)["events"]
    except (ValueError, KeyError):
        return HttpResponseBadRequest("malformed payload")
    for event in events:
        handler = HANDLERS.get(event.get("resource_type"))
        if handler is None:
            log.info("Unhandled DD event %s/%s", event.get("resource_type"), event.get("action"))
            continue
        handler(event)
    return HttpResponse(status=204)
