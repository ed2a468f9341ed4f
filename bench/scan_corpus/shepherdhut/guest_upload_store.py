"""Guests upload ID or damage-deposit photos; owners can fetch them back."""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.text import get_valid_filename
from django.views.decorators.http import require_http_methods

from .models import Booking

UPLOAD_ROOT = Path(settings.MEDIA_ROOT, "guest-uploads").resolve()
ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".pdf"}
MAX_BYTES = 8 * 1024 * 1024


def _booking_dir(booking: Booking) -> Path:
    return UPLOAD_ROOT / f"booking-{booking.pk}"


def confined_path(booking: Booking, filename: str) -> Path:
    base = _booking_dir(booking).resolve()
    candidate = (base / get_valid_filename(filename)).resolve()
    if candidate == base or not candidate.is_relative_to(base):
        raise Http404("no such file")
    return candidate


@login_required
@require_http_methods(["POST"])
def upload(request, booking_id: int):
    booking = get_object_or_404(Booking, pk=booking_id, guest__user=request.user)
    uploaded = request.FILES.get("file")
    if uploaded is None or uploaded.size > MAX_BYTES:
        return HttpResponseBadRequest("missing or oversized file")
    if Path(uploaded.name).suffix.lower() not in ALLOWED_EXTENSIONS:
        return HttpResponseBadRequest("unsupported file type")
    target = confined_path(booking, uploaded.name)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as fh:
        for chunk in uploaded.chunks():
            fh.write(chunk)
    return JsonResponse({"stored": target.name}, status=201)


@login_required
@require_http_methods(["GET"])
def fetch(request, booking_id: int, filename: str):
    booking = get_object_or_404(Booking, pk=booking_id, hut__owner=request.user)
    path = confined_path(booking, filename)
    if not path.is_file():
        raise Http404("no such file")
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
