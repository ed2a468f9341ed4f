"""Serve engineer photos attached to wheelchair and scooter repair call-outs."""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404

from repairs.models import RepairCallout

PHOTO_ROOT = Path(settings.MEDIA_ROOT) / "repair_photos"
CONTENT_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".heic": "image/heic",
}


def _callout_dir(callout: RepairCallout) -> Path:
    return PHOTO_ROOT / str(callout.pk)


def _staff_callout(request, callout_id: int) -> RepairCallout:
    return get_object_or_404(
        RepairCallout, pk=callout_id, depot__in=request.user.depots.all()
    )


@login_required
def callout_photo_list(request, callout_id: int):
    callout = _staff_callout(request, callout_id)
    folder = _callout_dir(callout)
    names = sorted(p.name for p in folder.glob("*") if p.suffix.lower() in CONTENT_TYPES)
    return JsonResponse({"callout": callout.pk, "photos": names})


@login_required
def callout_photo(request, callout_id: int):
    callout = _staff_callout(request, callout_id)
    name = request.GET.get("file", "")
    path = _callout_dir(callout) / name
    if not path.is_file():
        raise Http404("No such photo")
    content_type = CONTENT_TYPES.get(path.suffix.lower(), "application/octet-stream")
    return FileResponse(path.open("rb"), content_type=content_type)
