"""Accept station-metadata bundles from partner networks.

Partners upload a .tar.gz containing StationXML and RESP files for their
stations. The bundle is unpacked into a staging area and validated before the
inventory service picks it up.
"""
from __future__ import annotations

import logging
import tarfile
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

log = logging.getLogger(__name__)

MAX_BUNDLE_BYTES = 200 * 1024 * 1024


def _staging_dir() -> Path:
    path = Path(settings.METADATA_STAGING_ROOT) / uuid.uuid4().hex
    path.mkdir(parents=True)
    return path


def unpack_bundle(fileobj, dest: Path) -> list[Path]:
    with tarfile.open(fileobj=fileobj, mode="r:gz") as tar:
        tar.extractall(path=dest)
    return sorted(p for p in dest.rglob("*") if p.suffix.lower() in {".xml", ".resp"})


@login_required
@require_POST
def upload_bundle(request: HttpRequest) -> JsonResponse:
    bundle = request.FILES.get("bundle")
    if bundle is None:
        return JsonResponse({"error": "missing bundle"}, status=400)
    if bundle.size > MAX_BUNDLE_BYTES:
        return JsonResponse({"error": "bundle too large"}, status=413)
    staging = _staging_dir()
    files = unpack_bundle(bundle, staging)
    log.info("user %s uploaded %d metadata files to %s", request.user.pk, len(files), staging.name)
    return JsonResponse({"staging_id": staging.name, "files": [f.name for f in files]})
