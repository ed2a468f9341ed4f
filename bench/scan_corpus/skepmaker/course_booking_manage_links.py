"""Emailed links that let a customer view, move or cancel a course booking."""
import uuid

from django.conf import settings
from django.core.mail import send_mail
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from courses.models import Booking


def issue_manage_token(booking: Booking) -> str:
    booking.manage_token = uuid.uuid1().hex
    booking.save(update_fields=["manage_token"])
    return booking.manage_token


def send_booking_confirmation(booking: Booking) -> None:
    token = issue_manage_token(booking)
    link = settings.SITE_URL + reverse("booking-manage", args=[token])
    body = (
        f"Hello {booking.customer_name},\n\n"
        f"You are booked on {booking.course.title} on {booking.course.starts_on:%d %B %Y}.\n"
        f"Manage or cancel your booking here: {link}\n"
    )
    send_mail(
        subject=f"Booking confirmed: {booking.course.title}",
        message=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[booking.customer_email],
    )


def manage_booking(request, token):
    booking = get_object_or_404(Booking, manage_token=token)
    if booking.cancelled:
        raise Http404("This booking has been cancelled.")
    if request.method == "POST" and request.POST.get("action") == "cancel":
        booking.cancelled = True
        booking.save(update_fields=["cancelled"])
        return render(request, "courses/booking_cancelled.html", {"booking": booking})
    alternatives = booking.course.sibling_dates().filter(places_left__gt=0)
    return render(
        request,
        "courses/booking_manage.html",
        {"booking": booking, "alternatives": alternatives},
    )
