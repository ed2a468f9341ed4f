"""Webhook endpoint for booking status updates pushed by ocean carriers."""
import hashlib
import hmac
import json
import logging
import os

from django.http import HttpResponseBadRequest, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from bookings.models import Booking, BookingEvent

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "HTTP_X_CARRIER_SIGNATURE"


def _expected_signature(body: bytes) -> str:
    secret = os.environ["CARRIER_WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def booking_status(request):
    provided = request.META.get(SIGNATURE_HEADER, "")
    if provided != _expected_signature(request.body):
        return HttpResponseForbidden("signature mismatch")
    try:
        event = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest("invalid JSON")

    booking = Booking.objects.filter(carrier_booking_ref=event.get("bookingReference")).first()
    if booking is None:
        log.info("status update for unknown booking %s", event.get("bookingReference"))
        return JsonResponse({"accepted": False}, status=202)

    BookingEvent.objects.create(
        booking=booking,
        status=event.get("status", "UNKNOWN"),
        vessel_imo=event.get("vesselIMO"),
        payload=event,
    )
    return JsonResponse({"accepted": True})
