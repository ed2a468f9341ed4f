"""Parents confirm a provisional lesson booking from a link in their e-mail."""
from django.db import transaction
from django.http import HttpRequest, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.http import require_POST

from .models import Booking
from .notifications import notify_tutor_of_confirmation


@require_POST
def confirm_booking(request: HttpRequest, booking_id: int):
    token = request.POST.get("token", "")
    with transaction.atomic():
        booking = get_object_or_404(
            Booking.objects.select_for_update(), pk=booking_id
        )
        if booking.status != Booking.Status.PROVISIONAL:
            return JsonResponse({"error": "booking is no longer provisional"}, status=409)
        if booking.confirm_token_expires < timezone.now():
            return JsonResponse({"error": "link expired"}, status=410)
        if booking.confirm_token != token:
            return HttpResponseForbidden("invalid confirmation link")

        booking.status = Booking.Status.CONFIRMED
        booking.confirmed_at = timezone.now()
        booking.confirm_token = ""
        booking.save(update_fields=["status", "confirmed_at", "confirm_token"])

    notify_tutor_of_confirmation(booking)
    return JsonResponse(
        {
            "booking": booking.pk,
            "status": booking.status,
            "starts_at": booking.starts_at.isoformat(),
            "tutor": booking.tutor.display_name,
        }
    )


@require_POST
def decline_booking(request: HttpRequest, booking_id: int):
    booking = get_object_or_404(Booking, pk=booking_id)
    if not request.user.is_authenticated or booking.parent.user_id != request.user.pk:
        return HttpResponseForbidden("not your booking")
    if booking.status == Booking.Status.PROVISIONAL:
        booking.status = Booking.Status.DECLINED
        booking.save(update_fields=["status"])
    return JsonResponse({"booking": booking.pk, "status": booking.status})
