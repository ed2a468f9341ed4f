"""Receives booking events from the online booking platform and updates local trips."""

from __future__ import annotations

import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from hire.services import trips

SIGNATURE_HEADER = "HTTP_X_BOOKING_SIGNATURE"


def _expected_signature(secret: str, timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return "v1=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


class SignedEvent:
    def __init__(self, request: HttpRequest) -> None:
        self.body = request.body
        self.timestamp = request.headers.get("X-Booking-Timestamp", "")
        self.signature = request.META.get(SIGNATURE_HEADER, "")

    def authentic(self, secret: str) -> bool:
        if not self.timestamp or not self.signature:
            return False
        return self.signature == _expected_signature(secret, self.timestamp, self.body)


HANDLERS = {
    "booking.created": trips.create_from_event,
    "booking.amended": trips.amend_from_event,
    "booking.cancelled": trips.cancel_from_event,
}


@csrf_exempt
@require_POST
def booking_events(request: HttpRequest) -> HttpResponse:
    event = SignedEvent(request)
    if not event.authentic(settings.BOOKING_WEBHOOK_SECRET):
        return HttpResponseForbidden()
    try:
        payload = json.loads(event.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest()
    handler = HANDLERS.get(payload.get("type"))
    if handler is not None:
        handler(payload["data"])
    return HttpResponse(status=204)
