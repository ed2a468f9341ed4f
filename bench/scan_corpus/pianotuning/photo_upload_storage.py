"""Stores before/after photos uploaded by technicians for a restoration job."""
import logging
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import JobPhoto, RestorationJob

log = logging.getLogger(__name__)

ALLOWED_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/heic": ".heic"}
MAX_BYTES = 25 * 1024 * 1024


def job_folder(job: RestorationJob) -> Path:
    folder = Path(settings.WORKSHOP_PHOTO_ROOT) / f"job-{job.pk:06d}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@require_POST
@login_required
def upload_photo(request: HttpRequest, job_id: int) -> JsonResponse:
    job = RestorationJob.objects.filter(pk=job_id).first()
    if job is None:
        return JsonResponse({"error": "unknown job"}, status=404)
    upload = request.FILES.get("photo")
    if upload is None or upload.content_type not in ALLOWED_TYPES:
        return JsonResponse({"error": "jpeg, png or heic photo required"}, status=400)
    if upload.size > MAX_BYTES:
        return JsonResponse({"error": "photo too large"}, status=413)

    stored_name = f"{uuid.uuid4().hex}{ALLOWED_TYPES[upload.content_type]}"
    destination = job_folder(job) / stored_name
    with destination.open("wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)

    photo = JobPhoto.objects.create(
        job=job,
        stored_name=stored_name,
        original_name=upload.name[:255],
        stage=request.POST.get("stage", "before"),
        uploaded_by=request.user,
    )
    log.info("photo %s stored for job %s by user %s", photo.pk, job.pk, request.user.pk)
    return JsonResponse({"id": photo.pk, "name": stored_name}, status=201)
