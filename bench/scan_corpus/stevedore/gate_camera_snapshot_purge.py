"""Purge of gate OCR camera snapshots on request.

Under the terminal's data retention policy a haulier may ask for the
plate and cab images of a visit to be erased once the visit is closed.
The privacy officer triggers the erasure from the back office.
"""
import json
import logging
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

log = logging.getLogger(__name__)

SNAPSHOT_ROOT = Path(settings.GATE_SNAPSHOT_ROOT)
IMAGE_SUFFIXES = (".jpg", ".png")


def _visit_folder(lane: str, visit_ref: str) -> Path:
    return SNAPSHOT_ROOT / lane / visit_ref


@require_POST
@permission_required("gate.erase_snapshots")
def erase_visit_images(request):
    try:
        payload = json.loads(request.body)
        lane = payload["lane"]
        visit_ref = payload["visit_ref"]
    except (ValueError, KeyError):
        return HttpResponseBadRequest("lane and visit_ref are required")
    folder = _visit_folder(lane, visit_ref)
    removed = []
    if folder.is_dir():
        for image in folder.iterdir():
            if image.suffix.lower() in IMAGE_SUFFIXES:
                image.unlink()
                removed.append(image.name)
    log.info("erased %d images for visit %s on lane %s by %s", len(removed), visit_ref, lane, request.user)
    return JsonResponse({"visit_ref": visit_ref, "removed": removed})
