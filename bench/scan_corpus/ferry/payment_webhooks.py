"""Webhook endpoint for the card payment provider.

The provider POSTs a JSON event when a booking payment is captured,
refunded or charged back. Each request carries an HMAC-SHA256 of the raw
body in the X-PSP-Signature header.
"""
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from bookings.models import Booking, PaymentEvent

log = logging.getLogger(__name__)


def _expected_signature(body: bytes) -> str:
    secret = settings.PSP_WEBHOOK_SECRET.encode("utf-8")
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def payment_event(request):
    received = request.headers.get("X-PSP-Signature", "").strip().lower()
    if not received or received != _expected_signature(request.body):
        log.warning("rejected payment webhook with invalid signature from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponseForbidden()

    try:
        event = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest("invalid json")

    booking = Booking.objects.filter(reference=event.get("merchant_reference")).first()
    if booking is None:
        log.info("payment event for unknown booking %s", event.get("merchant_reference"))
        return HttpResponse(status=202)

    PaymentEvent.objects.get_or_create(
        provider_event_id=event["id"],
        defaults={"booking": booking, "kind": event["type"], "amount_minor": event.get("amount", 0)},
    )
    if event["type"] == "payment.captured":
        booking.mark_paid()
    elif event["type"] in ("payment.refunded", "payment.chargeback"):
        booking.flag_for_review(reason=event["type"])
    return HttpResponse(status=204)
