"""Souvenir photos from distillery tours.

Each tour group is photographed in the still house; guests can view and
download their group's photos for thirty days using their booking.
"""
import mimetypes
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404

from tours.models import TourBooking

PHOTO_SUBDIR = "tour_photos"


def group_photo_dir(booking: TourBooking) -> str:
    return os.path.join(settings.MEDIA_ROOT, PHOTO_SUBDIR, booking.slot.starts_at.strftime("%Y%m%d_%H%M"))


@login_required
def photo_index(request, booking_ref):
    booking = get_object_or_404(TourBooking, reference=booking_ref, customer=request.user)
    folder = group_photo_dir(booking)
    photos = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return JsonResponse({"photos": photos})


@login_required
def photo_download(request, booking_ref):
    booking = get_object_or_404(TourBooking, reference=booking_ref, customer=request.user)
    photo = request.GET.get("photo")
    if not photo:
        raise Http404("No photo requested")
    full_path = os.path.join(group_photo_dir(booking), photo)
    try:
        handle = open(full_path, "rb")
    except FileNotFoundError:
        raise Http404("Photo not found")
    content_type, _ = mimetypes.guess_type(full_path)
    return FileResponse(handle, content_type=content_type or "image/jpeg", as_attachment=True)
