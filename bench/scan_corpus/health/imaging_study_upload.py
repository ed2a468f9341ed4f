"""Django view for research sites uploading de-identified DICOM studies as .tar.gz."""
import logging
import tarfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import ImagingStudy
from .tasks import index_dicom_study

log = logging.getLogger(__name__)


@login_required
@require_POST
def upload_study(request, project_id: int):
    upload = request.FILES.get("archive")
    if upload is None or not upload.name.endswith((".tar.gz", ".tgz")):
        return HttpResponseBadRequest("expected a .tar.gz archive")

    study = ImagingStudy.objects.create(
        project_id=project_id,
        uploaded_by=request.user,
        original_name=upload.name,
    )
    staging = Path(settings.IMAGING_STAGING_ROOT) / str(study.pk)
    staging.mkdir(parents=True, exist_ok=False)

    with tarfile.open(fileobj=upload, mode="r:gz") as tar:
        tar.extractall(staging)

    dicom_count = sum(1 for _ in staging.rglob("*.dcm"))
    study.file_count = dicom_count
    study.save(update_fields=["file_count"])
    index_dicom_study.delay(study.pk)
    log.info("study %s staged with %d DICOM files", study.pk, dicom_count)
    return JsonResponse({"study_id": study.pk, "files": dicom_count}, status=201)
