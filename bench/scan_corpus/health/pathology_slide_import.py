"""Django view for partner labs uploading batches of whole-slide images as .tar.gz."""
import logging
import tarfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import SlideBatch
from .tasks import tile_slides

log = logging.getLogger(__name__)
SLIDE_SUFFIXES = (".svs", ".ndpi", ".tiff")


@login_required
@require_POST
def upload_batch(request, project_id: int):
    upload = request.FILES.get("archive")
    if upload is None or not upload.name.endswith((".tar.gz", ".tgz")):
        return HttpResponseBadRequest("expected a .tar.gz archive")

    batch = SlideBatch.objects.create(project_id=project_id, uploaded_by=request.user)
    staging = Path(settings.SLIDE_STAGING_ROOT) / str(batch.pk)
    staging.mkdir(parents=True, exist_ok=False)

    try:
        with tarfile.open(fileobj=upload, mode="r:gz") as tar:
            tar.extractall(staging, filter="data")
    except tarfile.FilterError as exc:
        log.warning("rejected slide batch %s: %s", batch.pk, exc)
        batch.delete()
        return HttpResponseBadRequest("archive contains disallowed entries")

    slides = [p for p in staging.rglob("*") if p.suffix.lower() in SLIDE_SUFFIXES]
    batch.slide_count = len(slides)
    batch.save(update_fields=["slide_count"])
    tile_slides.delay(batch.pk)
    return JsonResponse({"batch_id": batch.pk, "slides": len(slides)}, status=201)
