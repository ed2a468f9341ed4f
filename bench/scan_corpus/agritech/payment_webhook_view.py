"""Django view receiving payment events for co-op member invoices."""
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from billing.models import Invoice, PaymentEvent

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "HTTP_WEBHOOK_SIGNATURE"


def _signature_for(body: bytes) -> str:
    secret = settings.PAYMENT_WEBHOOK_SECRET.encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def payment_events(request: HttpRequest) -> HttpResponse:
    supplied = request.META.get(SIGNATURE_HEADER, "")
    if supplied != _signature_for(request.body):
        logger.warning("payment webhook with invalid signature from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponse(status=401)

    try:
        events = json.loads(request.body)["events"]
    except (ValueError, KeyError):
        return HttpResponseBadRequest("malformed payload")

    with transaction.atomic():
        for event in events:
            if PaymentEvent.objects.filter(provider_id=event["id"]).exists():
                continue
            PaymentEvent.objects.create(provider_id=event["id"], action=event["action"], raw=event)
            invoice_ref = event.get("links", {}).get("payment")
            if event["action"] == "confirmed" and invoice_ref:
                Invoice.objects.filter(payment_ref=invoice_ref).update(status=Invoice.Status.PAID)
    return HttpResponse(status=204)
