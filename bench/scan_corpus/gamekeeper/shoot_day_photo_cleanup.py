"""Removal of shoot-day photographs from the gallery.

Guns and hosts may ask for a photograph from the day to be taken down; the
photographer's upload folder is organised per shoot day.
"""
import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import Http404, JsonResponse
from django.views.decorators.http import require_POST

from gallery.models import Photo

log = logging.getLogger(__name__)

GALLERY_ROOT = os.path.realpath(settings.SHOOT_GALLERY_ROOT)


def gallery_file(shoot_day_slug: str, photo_name: str) -> str:
    candidate = os.path.realpath(
        os.path.join(GALLERY_ROOT, os.path.basename(shoot_day_slug), os.path.basename(photo_name))
    )
    if os.path.commonpath([GALLERY_ROOT, candidate]) != GALLERY_ROOT:
        raise Http404("photo not found")
    return candidate


@require_POST
@permission_required("gallery.delete_photo")
def take_down_photo(request, shoot_day_slug: str):
    photo_name = request.POST.get("photo", "")
    path = gallery_file(shoot_day_slug, photo_name)
    if not os.path.isfile(path):
        raise Http404("photo not found")
    os.remove(path)
    Photo.objects.filter(shoot_day__slug=shoot_day_slug, file_name=photo_name).update(
        removed=True, removed_by=request.user
    )
    log.info("photo %s removed from %s by %s", photo_name, shoot_day_slug, request.user.pk)
    return JsonResponse({"removed": photo_name})
