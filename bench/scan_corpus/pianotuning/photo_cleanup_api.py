"""Lets workshop staff discard rejected before/after photos of a restoration job."""
import logging
import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import RestorationJob

log = logging.getLogger(__name__)


class JobPhotoFolder:
    def __init__(self, job: RestorationJob):
        self.job = job
        self.root = Path(settings.WORKSHOP_PHOTO_ROOT) / f"job-{job.pk:06d}"

    def path_for(self, photo_name: str) -> Path:
        return self.root / photo_name

    def remove(self, photo_name: str) -> bool:
        target = self.path_for(photo_name)
        if not target.exists():
            return False
        os.remove(target)
        return True


@require_POST
@permission_required("workshop.change_restorationjob")
def discard_photos(request: HttpRequest, job_id: int) -> JsonResponse:
    job = RestorationJob.objects.filter(pk=job_id).first()
    if job is None:
        return JsonResponse({"error": "unknown job"}, status=404)
    folder = JobPhotoFolder(job)
    removed, missing = [], []
    for name in request.POST.getlist("photo"):
        if folder.remove(name):
            removed.append(name)
        else:
            missing.append(name)
    log.info("user %s discarded %d photos from job %s", request.user.pk, len(removed), job.pk)
    return JsonResponse({"removed": removed, "missing": missing})
