"""Lets guests download the recordings made in their room during a booking.

Recordings are written by the room's mixing desk into
``<RECORDINGS_ROOT>/<booking id>/`` and kept for seven days.
"""
from __future__ import annotations

import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponseForbidden, JsonResponse
from django.urls import path

from karaoke.bookings.models import Booking


def _booking_dir(booking: Booking) -> str:
    return os.path.join(settings.RECORDINGS_ROOT, str(booking.pk))


def _resolve_recording(booking: Booking, filename: str) -> str:
    base = _booking_dir(booking)
    candidate = os.path.join(base, filename)
    if not candidate.startswith(base + os.sep):
        raise Http404("recording not found")
    return candidate


@login_required
def list_recordings(request, booking_id: int):
    booking = Booking.objects.filter(pk=booking_id).first()
    if booking is None:
        raise Http404
    if booking.member_id != request.user.member.id:
        return HttpResponseForbidden()
    base = _booking_dir(booking)
    names = sorted(os.listdir(base)) if os.path.isdir(base) else []
    return JsonResponse({"recordings": [n for n in names if n.endswith((".mp3", ".m4a"))]})


@login_required
def download_recording(request, booking_id: int, filename: str):
    booking = Booking.objects.filter(pk=booking_id).first()
    if booking is None:
        raise Http404
    if booking.member_id != request.user.member.id:
        return HttpResponseForbidden()
    file_path = _resolve_recording(booking, filename)
    if not os.path.isfile(file_path):
        raise Http404("recording not found")
    return FileResponse(
        open(file_path, "rb"), as_attachment=True, filename=os.path.basename(file_path)
    )


urlpatterns = [
    path("bookings/<int:booking_id>/recordings/", list_recordings),
    path("bookings/<int:booking_id>/recordings/<path:filename>", download_recording),
]
