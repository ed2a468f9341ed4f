"""Staging of controller firmware bundles uploaded by dealers.

A bundle is a .tar.gz holding ``manifest.json``, the firmware image(s) and
release notes. After staging, the release pipeline verifies the image
signatures before anything is offered to controllers over the air.
"""

import json
import shutil
import tarfile
import uuid
from pathlib import Path

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from dealers.auth import dealer_required


def _stage_dir() -> Path:
    base = Path(settings.FIRMWARE_STAGING_ROOT)
    target = base / uuid.uuid4().hex
    target.mkdir(parents=True)
    return target


def unpack_bundle(fileobj, target: Path) -> dict:
    with tarfile.open(fileobj=fileobj, mode="r:gz") as bundle:
        bundle.extractall(path=target)
    manifest_path = target / "manifest.json"
    if not manifest_path.is_file():
        raise ValueError("bundle has no manifest.json")
    return json.loads(manifest_path.read_text())


@require_POST
@dealer_required
def upload_bundle(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("bundle")
    if upload is None:
        return JsonResponse({"error": "missing bundle"}, status=400)
    target = _stage_dir()
    try:
        manifest = unpack_bundle(upload, target)
    except (tarfile.TarError, ValueError) as exc:
        shutil.rmtree(target, ignore_errors=True)
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({
        "staging_id": target.name,
        "model": manifest.get("model"),
        "version": manifest.get("version"),
    }, status=201)
