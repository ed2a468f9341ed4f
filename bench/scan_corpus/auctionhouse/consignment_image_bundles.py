"""Unpacks the image bundles photographers deliver for a consignment."""

import logging
import tarfile
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}


def unpack_bundle(fileobj, dest: Path) -> list[str]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=fileobj, mode="r:*") as tar:
        members = [
            m for m in tar.getmembers()
            if m.isfile() and Path(m.name).suffix.lower() in IMAGE_SUFFIXES
        ]
        tar.extractall(path=dest, members=members, filter="data")
    return sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())


@staff_member_required
@require_POST
def upload_bundle(request, consignment_id: int):
    bundle = request.FILES.get("bundle")
    if bundle is None or not bundle.name.endswith((".tar", ".tar.gz", ".tgz")):
        return HttpResponseBadRequest("expected a tar bundle")
    dest = Path(settings.CONSIGNMENT_IMAGE_ROOT) / str(consignment_id) / uuid.uuid4().hex
    files = unpack_bundle(bundle.file, dest)
    log.info("consignment %s: unpacked %d images", consignment_id, len(files))
    return JsonResponse({"files": files}, status=201)
