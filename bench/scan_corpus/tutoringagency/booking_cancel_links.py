"""One-click cancellation links sent to parents in booking reminder e-mails."""
import hashlib
import hmac
import secrets
from datetime import timedelta

from django.db import transaction
from django.http import HttpRequest, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.http import require_POST

from .models import Booking
from .notifications import notify_tutor_of_cancellation

CANCEL_LINK_TTL = timedelta(days=7)


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_cancel_token(booking: Booking) -> str:
    token = secrets.token_urlsafe(32)
    booking.cancel_token_hash = _hash_token(token)
    booking.cancel_token_expires = timezone.now() + CANCEL_LINK_TTL
    booking.save(update_fields=["cancel_token_hash", "cancel_token_expires"])
    return token


@require_POST
def cancel_booking(request: HttpRequest, booking_id: int):
    token = request.POST.get("token", "")
    with transaction.atomic():
        booking = get_object_or_404(Booking.objects.select_for_update(), pk=booking_id)
        if booking.status == Booking.Status.CANCELLED:
            return JsonResponse({"booking": booking.pk, "status": booking.status})
        if not booking.cancel_token_hash or booking.cancel_token_expires < timezone.now():
            return JsonResponse({"error": "link expired"}, status=410)
        if not hmac.compare_digest(_hash_token(token), booking.cancel_token_hash):
            return HttpResponseForbidden("invalid cancellation link")

        booking.status = Booking.Status.CANCELLED
        booking.cancelled_at = timezone.now()
        booking.cancel_token_hash = ""
        booking.save(update_fields=["status", "cancelled_at", "cancel_token_hash"])

    notify_tutor_of_cancellation(booking)
    return JsonResponse({"booking": booking.pk, "status": booking.status})
