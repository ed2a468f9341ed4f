"""Private iCal feeds of hut availability, shared with channel managers and owners."""
from __future__ import annotations

from datetime import date, timedelta

from django.http import Http404, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404
from django.views import View
from icalendar import Calendar, Event

from .models import Booking, Hut


class FeedAuthorizer:
    def __init__(self, hut: Hut) -> None:
        self._expected = hut.ical_feed_token

    def permits(self, key: str | None) -> bool:
        if not key or not self._expected:
            return False
        return key == self._expected


def build_calendar(hut: Hut, horizon_days: int = 540) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//Shepherd Hut Lettings//Availability//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{hut.name} bookings")
    until = date.today() + timedelta(days=horizon_days)
    bookings = Booking.objects.filter(
        hut=hut, status__in=["confirmed", "blocked"], departure__gte=date.today(), arrival__lte=until
    ).order_by("arrival")
    for booking in bookings:
        event = Event()
        event.add("uid", f"booking-{booking.pk}@shepherdhut")
        event.add("summary", "Blocked" if booking.status == "blocked" else "Booked")
        event.add("dtstart", booking.arrival)
        event.add("dtend", booking.departure)
        cal.add_component(event)
    return cal


class HutFeedView(View):
    def get(self, request, hut_slug: str):
        hut = get_object_or_404(Hut, slug=hut_slug, is_listed=True)
        if not FeedAuthorizer(hut).permits(request.GET.get("key")):
            return HttpResponseForbidden("invalid feed key")
        if hut.feed_disabled:
            raise Http404()
        response = HttpResponse(build_calendar(hut).to_ical(), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{hut.slug}.ics"'
        response["Cache-Control"] = "private, max-age=300"
        return response
