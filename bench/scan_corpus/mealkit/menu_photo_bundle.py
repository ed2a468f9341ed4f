"""Upload handler for recipe photo bundles from the food photography studio.

The studio exports one .tar.gz per menu week containing hero shots and
step photos, which we unpack into the media volume and then index.
"""
from __future__ import annotations

import os
import tarfile
from pathlib import Path

from django.contrib.auth.decorators import permission_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

MEDIA_ROOT = Path(os.environ.get("RECIPE_MEDIA_ROOT", "/srv/media/recipes"))
MAX_BUNDLE_BYTES = 500 * 1024 * 1024


def _week_dir(week: str) -> Path:
    if not (len(week) == 8 and week[:4].isdigit() and week[4:6] == "-W" and week[6:].isdigit()):
        raise ValueError("week must look like 2024-W18")
    target = MEDIA_ROOT / week
    target.mkdir(parents=True, exist_ok=True)
    return target


def _unpack(fileobj, target: Path) -> list[str]:
    with tarfile.open(fileobj=fileobj, mode="r:gz") as bundle:
        names = [m.name for m in bundle.getmembers() if m.isfile()]
        bundle.extractall(path=target)
    return names


@require_POST
@permission_required("recipes.upload_media")
def upload_bundle(request):
    upload = request.FILES.get("bundle")
    week = request.POST.get("week", "")
    if upload is None or upload.size > MAX_BUNDLE_BYTES:
        return HttpResponseBadRequest("missing or oversized bundle")
    try:
        target = _week_dir(week)
    except ValueError as exc:
        return HttpResponseBadRequest(str(exc))
    names = _unpack(upload.file, target)
    return JsonResponse({"week": week, "files": len(names)})
