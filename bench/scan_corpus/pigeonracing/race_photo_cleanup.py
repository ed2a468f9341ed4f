"""Django views letting members manage photos shown on their loft page."""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET, require_POST

from lofts.models import Loft

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def loft_photo_dir(loft: Loft) -> Path:
    return Path(settings.MEDIA_ROOT) / "loft-photos" / str(loft.pk)


@login_required
@require_GET
def list_photos(request, loft_id: int):
    loft = get_object_or_404(Loft, pk=loft_id, owner=request.user)
    folder = loft_photo_dir(loft)
    photos = sorted(p.name for p in folder.glob("*") if p.suffix.lower() in IMAGE_SUFFIXES)
    return JsonResponse({"loft": loft.name, "photos": photos})


@login_required
@require_POST
def delete_photo(request, loft_id: int):
    loft = get_object_or_404(Loft, pk=loft_id, owner=request.user)
    name = request.POST.get("photo", "")
    if not name:
        return HttpResponseBadRequest("photo is required")
    target = loft_photo_dir(loft) / name
    if not target.is_file():
        raise Http404("no such photo")
    target.unlink()
    return JsonResponse({"deleted": name})


@login_required
@require_POST
def clear_race_photos(request, loft_id: int):
    """Remove every photo tagged with a past season's race prefix."""
    loft = get_object_or_404(Loft, pk=loft_id, owner=request.user)
    season = request.POST.get("season", "")
    if not season.isdigit() or len(season) != 4:
        return HttpResponseBadRequest("season must be a year")
    removed = []
    for photo in loft_photo_dir(loft).glob(f"race-{season}-*"):
        if photo.suffix.lower() in IMAGE_SUFFIXES:
            photo.unlink()
            removed.append(photo.name)
    return JsonResponse({"deleted": removed})
