"""Webhook receiver for the ticketing payment provider."""
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.db import transaction
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from tickets.models import Order, PaymentEvent

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "HTTP_X_PAYMENTS_SIGNATURE"


def _expected_signature(body: bytes) -> str:
    secret = settings.PAYMENTS_WEBHOOK_SECRET.encode("utf-8")
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def payment_webhook(request):
    provided = request.META.get(SIGNATURE_HEADER, "")
    if provided != _expected_signature(request.body):
        log.warning("Rejected webhook with bad signature from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponseForbidden()

    try:
        event = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest("malformed JSON")

    if PaymentEvent.objects.filter(provider_id=event["id"]).exists():
        return HttpResponse(status=200)

    with transaction.atomic():
        PaymentEvent.objects.create(provider_id=event["id"], kind=event["type"], payload=event)
        data = event.get("data", {})
        if event["type"] == "payment.succeeded":
            order = Order.objects.select_for_update().get(reference=data["order_ref"])
            order.mark_paid(amount=data["amount"])
        elif event["type"] == "payment.refunded":
            order = Order.objects.select_for_update().get(reference=data["order_ref"])
            order.mark_refunded(amount=data["amount"])
        else:
            log.info("Ignoring payment event type %s", event["type"])
    return HttpResponse(status=200)
