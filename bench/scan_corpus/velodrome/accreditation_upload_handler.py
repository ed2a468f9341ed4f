"""Rider accreditation documents: upload, download and removal."""
from __future__ import annotations

import logging
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpRequest, JsonResponse
from django.views.decorators.http import require_http_methods

log = logging.getLogger(__name__)

ALLOWED = {".pdf", ".jpg", ".jpeg", ".png"}


class AccreditationFiles:
    def __init__(self, root: Path):
        self.root = root.resolve()

    def folder(self, rider_id: int) -> Path:
        d = self.root / f"rider-{int(rider_id)}"
        d.mkdir(parents=True, exist_ok=True)
        return d

    def resolve(self, rider_id: int, name: str) -> Path:
        base = self.folder(rider_id)
        candidate = (base / name).resolve()
        if not candidate.is_relative_to(base):
            raise SuspiciousFileOperation(f"rejected document name {name!r}")
        return candidate

    def store(self, rider_id: int, upload) -> str:
        suffix = Path(upload.name).suffix.lower()
        if suffix not in ALLOWED:
            raise ValueError("unsupported document type")
        name = f"{uuid.uuid4().hex}{suffix}"
        with open(self.folder(rider_id) / name, "wb") as fh:
            for chunk in upload.chunks():
                fh.write(chunk)
        return name


files = AccreditationFiles(Path(settings.ACCREDITATION_DOCS_ROOT))


@login_required
@require_http_methods(["POST"])
def upload(request: HttpRequest):
    doc = request.FILES.get("document")
    if doc is None:
        return JsonResponse({"error": "no file"}, status=400)
    try:
        name = files.store(request.user.rider.id, doc)
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    log.info("rider %s uploaded %s", request.user.rider.id, name)
    return JsonResponse({"document": name}, status=201)


@login_required
@require_http_methods(["GET"])
def download(request: HttpRequest, name: str):
    path = files.resolve(request.user.rider.id, name)
    if not path.is_file():
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True)


@login_required
@require_http_methods(["DELETE"])
def remove(request: HttpRequest):
    name = request.GET.get("name", "")
    path = files.resolve(request.user.rider.id, name)
    if not path.is_file():
        raise Http404
    path.unlink()
    return JsonResponse({"deleted": name})
