"""Harbour chart bundles for the berth map.

The harbourmaster uploads the surveyor's chart bundle (a .tar.gz of map tiles
plus a manifest.json) after each dredging survey. Tiles are unpacked next to
the previous survey and the map switches over once the manifest validates.
"""
from __future__ import annotations

import json
import shutil
import tarfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

CHART_ROOT = Path(settings.MEDIA_ROOT) / "charts"


def _unpack(fileobj, survey_id: str) -> Path:
    target = CHART_ROOT / survey_id
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    with tarfile.open(fileobj=fileobj, mode="r:gz") as bundle:
        bundle.extractall(target)
    return target


def _validate(target: Path) -> dict:
    manifest = json.loads((target / "manifest.json").read_text())
    missing = [t for t in manifest.get("tiles", []) if not (target / "tiles" / t).is_file()]
    if missing:
        raise ValueError(f"{len(missing)} tiles listed in manifest are missing")
    return manifest


@require_POST
@permission_required("berthmap.change_chart", raise_exception=True)
def upload_chart_bundle(request: HttpRequest) -> JsonResponse:
    upload = request.FILES["bundle"]
    survey_id = request.POST["survey_id"]
    if not survey_id.isalnum():
        return JsonResponse({"error": "survey id must be alphanumeric"}, status=400)
    target = _unpack(upload, survey_id)
    try:
        manifest = _validate(target)
    except (ValueError, KeyError, json.JSONDecodeError) as exc:
        shutil.rmtree(target, ignore_errors=True)
        return JsonResponse({"error": str(exc)}, status=400)
    (CHART_ROOT / "current").write_text(survey_id)
    return JsonResponse({"survey": survey_id, "tiles": len(manifest.get("tiles", []))})
