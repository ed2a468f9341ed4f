"""Payment provider webhook for slipway booking deposits.

Confirms deposits so the booking moves from provisional to confirmed.
"""
import hashlib
import hmac
import json
import time

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from bookings.models import SlipwayBooking

TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _signature_valid(payload: bytes, header: str) -> bool:
    timestamp, provided = _parse_signature_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode("ascii") + payload
    expected = hmac.new(settings.DEPOSIT_WEBHOOK_SECRET.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided)


@csrf_exempt
@require_POST
def deposit_webhook(request: HttpRequest) -> HttpResponse:
    if not _signature_valid(request.body, request.headers.get("Payment-Signature", "")):
        return HttpResponse(status=401)
    try:
        event = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest("malformed payload")
    if event.get("type") != "payment_intent.succeeded":
        return HttpResponse(status=204)
    intent = event["data"]["object"]
    booking = SlipwayBooking.objects.filter(deposit_intent_id=intent["id"]).first()
    if booking is None:
        return HttpResponse(status=404)
    booking.deposit_paid_pence = intent["amount_received"]
    booking.status = SlipwayBooking.Status.CONFIRMED
    booking.save(update_fields=["deposit_paid_pence", "status"])
    return HttpResponse(status=200)
