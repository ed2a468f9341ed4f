"""Receive invoice events from the accounting package.

When a trade account's invoice is paid or goes overdue, the accounting
system posts an event here so installation scheduling can be released or
put on hold.
"""
import base64
import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from studio.accounts.services import apply_invoice_event


def _signature_for(body: bytes) -> str:
    key = settings.ACCOUNTING_WEBHOOK_KEY.encode("utf-8")
    return base64.b64encode(hmac.new(key, body, hashlib.sha256).digest()).decode("ascii")


def _is_authentic(request) -> bool:
    supplied = request.headers.get("X-Accounting-Signature", "")
    return hmac.compare_digest(_signature_for(request.body), supplied)


@csrf_exempt
@require_POST
def invoice_events(request):
    if not _is_authentic(request):
        return HttpResponse(status=401)
    try:
        payload = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest("invalid json")

    for event in payload.get("events", []):
        if event.get("eventCategory") != "INVOICE":
            continue
        apply_invoice_event(
            invoice_id=event["resourceId"],
            event_type=event["eventType"],
            tenant_id=event.get("tenantId"),
        )
    return HttpResponse(status=200)
