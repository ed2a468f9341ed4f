"""Stage depletion reports that distributors upload as .tar.gz bundles."""
from __future__ import annotations

import io
import logging
import tarfile
import uuid
from pathlib import Path

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import DepletionUpload

log = logging.getLogger(__name__)

ACCEPTED_SUFFIXES = (".csv", ".xml", ".txt")


def stage_bundle(blob: bytes, staging: Path) -> list[str]:
    staging.mkdir(parents=True, exist_ok=True)
    extracted = []
    with tarfile.open(fileobj=io.BytesIO(blob), mode="r:*") as tar:
        for member in tar.getmembers():
            if not member.isfile() or not member.name.lower().endswith(ACCEPTED_SUFFIXES):
                continue
            tar.extract(member, path=staging)
            extracted.append(member.name)
    return extracted


@require_POST
def upload_depletions(request: HttpRequest) -> JsonResponse:
    if not request.user.has_perm("trade.upload_depletions"):
        return JsonResponse({"error": "forbidden"}, status=403)
    upload = request.FILES.get("bundle")
    if upload is None or upload.size > 50 * 1024 * 1024:
        return JsonResponse({"error": "missing or oversized bundle"}, status=400)
    batch_id = uuid.uuid4().hex
    staging = Path(settings.DEPLETION_STAGING_ROOT) / batch_id
    files = stage_bundle(upload.read(), staging)
    DepletionUpload.objects.create(batch_id=batch_id, distributor=request.user.distributor,
                                   file_count=len(files))
    log.info("staged %d depletion files in batch %s", len(files), batch_id)
    return JsonResponse({"batch": batch_id, "files": files})
