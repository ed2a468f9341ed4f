"""Removes photos attached to closed tack repair jobs.

Before-and-after photos of restitched bridles and reflocked saddles
are kept while a job is open. The office app calls this endpoint to
drop photos the owner asked us to delete or that were blurred.
"""
import json
import logging
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from repairs.models import RepairJob, RepairPhoto

log = logging.getLogger(__name__)


def _photo_root() -> Path:
    return Path(settings.MEDIA_ROOT) / "repair_photos"


def _remove_file(relative: str) -> bool:
    target = _photo_root() / relative
    if target.exists():
        target.unlink()
        return True
    return False


@require_POST
@permission_required("repairs.change_repairjob")
def delete_photos(request, job_id: int):
    job = RepairJob.objects.filter(pk=job_id).first()
    if job is None:
        return JsonResponse({"error": "no such job"}, status=404)
    payload = json.loads(request.body or "{}")
    removed = []
    for relative in payload.get("photos", []):
        if _remove_file(relative):
            RepairPhoto.objects.filter(job=job, stored_path=relative).delete()
            removed.append(relative)
    log.info("Removed %d photos from repair job %s", len(removed), job.ticket_no)
    return JsonResponse({"removed": removed})
