"""Imports move-out inspection bundles (photos + checklist JSON) uploaded by inspectors."""
import json
import logging
import tarfile
import tempfile
from pathlib import Path

from django.core.files import File
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from inspections.auth import inspector_required
from inspections.models import Inspection, InspectionPhoto

log = logging.getLogger(__name__)

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png"}


def _extract(upload, dest: Path) -> Path:
    with tarfile.open(fileobj=upload, mode="r:*") as bundle:
        bundle.extractall(dest, filter="data")
    return dest


@require_POST
@inspector_required
def import_bundle(request: HttpRequest, inspection_id: int):
    inspection = Inspection.objects.get(pk=inspection_id, inspector=request.user)
    with tempfile.TemporaryDirectory(prefix="inspection-") as tmp:
        root = _extract(request.FILES["bundle"], Path(tmp))
        checklist = json.loads((root / "checklist.json").read_text(encoding="utf-8"))
        inspection.checklist = checklist
        inspection.save(update_fields=["checklist"])
        count = 0
        for photo in sorted(root.rglob("*")):
            if photo.is_file() and photo.suffix.lower() in PHOTO_SUFFIXES:
                with photo.open("rb") as fh:
                    InspectionPhoto.objects.create(inspection=inspection, image=File(fh, name=photo.name))
                count += 1
    log.info("Imported %d photos for inspection %s", count, inspection.pk)
    return JsonResponse({"inspection": inspection.pk, "photos": count})
