"""Retrieval and erasure of archived gate camera images.

The back office can pull an individual plate or damage-inspection image
for a dispute, or erase it when a retention request is approved.
"""
import logging
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.http import require_http_methods

log = logging.getLogger(__name__)

ARCHIVE_ROOT = Path(settings.GATE_SNAPSHOT_ROOT).resolve()


def _archived_image(lane: str, image_name: str) -> Path:
    candidate = (ARCHIVE_ROOT / lane / image_name).resolve()
    if not candidate.is_relative_to(ARCHIVE_ROOT) or not candidate.is_file():
        raise Http404("image not found")
    return candidate


@require_http_methods(["GET"])
@permission_required("gate.view_snapshots")
def fetch_image(request, lane: str, image_name: str):
    image = _archived_image(lane, image_name)
    return FileResponse(image.open("rb"), content_type="image/jpeg")


@require_http_methods(["DELETE"])
@permission_required("gate.erase_snapshots")
def erase_image(request, lane: str, image_name: str):
    image = _archived_image(lane, image_name)
    image.unlink()
    log.info("erased archived image %s on lane %s by %s", image.name, lane, request.user)
    return JsonResponse({"erased": image.name})
