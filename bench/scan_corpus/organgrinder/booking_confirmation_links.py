"""Signed links in booking emails that let a customer confirm or cancel a hire."""
from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass
from typing import Optional

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render

from .models import Booking

LINK_TTL = 7 * 24 * 3600
ACTIONS = ("confirm", "cancel")


@dataclass(frozen=True)
class BookingLink:
    booking_id: int
    action: str
    issued_at: int

    def _message(self) -> bytes:
        return f"{self.booking_id}:{self.action}:{self.issued_at}".encode()

    def sign(self) -> str:
        mac = hmac.new(settings.BOOKING_LINK_KEY.encode(), self._message(), hashlib.sha256)
        return base64.urlsafe_b64encode(mac.digest()).decode().rstrip("=")

    def as_query(self) -> str:
        return f"b={self.booking_id}&a={self.action}&t={self.issued_at}&s={self.sign()}"

    @classmethod
    def from_request(cls, request: HttpRequest) -> Optional["BookingLink"]:
        try:
            link = cls(int(request.GET["b"]), request.GET["a"], int(request.GET["t"]))
        except (KeyError, ValueError):
            return None
        if link.action not in ACTIONS or time.time() - link.issued_at > LINK_TTL:
            return None
        if link.sign() == request.GET.get("s", ""):
            return link
        return None


def booking_action(request: HttpRequest) -> HttpResponse:
    link = BookingLink.from_request(request)
    if link is None:
        return HttpResponseBadRequest("This link is invalid or has expired.")
    booking = get_object_or_404(Booking, pk=link.booking_id)
    if link.action == "confirm":
        booking.status = Booking.Status.CONFIRMED
    else:
        booking.status = Booking.Status.CANCELLED_BY_CUSTOMER
    booking.save(update_fields=["status"])
    return render(request, "bookings/action_done.html", {"booking": booking, "action": link.action})
