"""Download of room recordings for guests, confined to the booking's folder."""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import path

from karaoke.bookings.models import Booking

AUDIO_SUFFIXES = {".mp3", ".m4a", ".wav"}


class RecordingLocator:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).resolve()

    def folder(self, booking: Booking) -> Path:
        return self.root / str(int(booking.pk))

    def locate(self, booking: Booking, filename: str) -> Path:
        base = self.folder(booking)
        candidate = (base / filename).resolve()
        if not candidate.is_relative_to(base) or candidate.suffix.lower() not in AUDIO_SUFFIXES:
            raise Http404("recording not found")
        if not candidate.is_file():
            raise Http404("recording not found")
        return candidate


locator = RecordingLocator(settings.RECORDINGS_ROOT)


@login_required
def download_recording(request, booking_id: int, filename: str):
    booking = get_object_or_404(Booking, pk=booking_id, member__user=request.user)
    file_path = locator.locate(booking, filename)
    return FileResponse(file_path.open("rb"), as_attachment=True, filename=file_path.name)


@login_required
def list_recordings(request, booking_id: int):
    booking = get_object_or_404(Booking, pk=booking_id, member__user=request.user)
    folder = locator.folder(booking)
    names = sorted(p.name for p in folder.glob("*") if p.suffix.lower() in AUDIO_SUFFIXES)
    return JsonResponse({"recordings": names})


urlpatterns = [
    path("bookings/<int:booking_id>/recordings/", list_recordings),
    path("bookings/<int:booking_id>/recordings/<path:filename>", download_recording),
]
