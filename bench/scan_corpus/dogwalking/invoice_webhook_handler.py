"""Django view that receives invoice events from the accounting provider."""

import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from billing.models import Invoice

log = logging.getLogger(__name__)

HANDLED_EVENTS = {"invoice.paid", "invoice.voided", "invoice.overdue"}


def _valid_signature(body: bytes, header_value: str) -> bool:
    key = settings.ACCOUNTING_WEBHOOK_KEY.encode()
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    provided = header_value.removeprefix("sha256=")
    return hmac.compare_digest(expected, provided)


@csrf_exempt
@require_POST
def invoice_events(request: HttpRequest) -> HttpResponse:
    if not _valid_signature(request.body, request.headers.get("X-Accounting-Signature", "")):
        return HttpResponseForbidden("invalid signature")

    event = json.loads(request.body)
    event_type = event.get("type")
    if event_type not in HANDLED_EVENTS:
        return JsonResponse({"ignored": event_type})

    try:
        invoice = Invoice.objects.get(external_id=event["data"]["invoice_id"])
    except Invoice.DoesNotExist:
        log.warning("event %s for unknown invoice %s", event_type, event["data"]["invoice_id"])
        return JsonResponse({"ignored": "unknown invoice"}, status=202)

    if event_type == "invoice.paid":
        invoice.status = Invoice.Status.PAID
        invoice.paid_at = event["data"]["paid_at"]
    elif event_type == "invoice.voided":
        invoice.status = Invoice.Status.VOID
    elif invoice.status != Invoice.Status.PAID:
        invoice.status = Invoice.Status.OVERDUE
    invoice.save(update_fields=["status", "paid_at"])
    return JsonResponse({"ok": True})
