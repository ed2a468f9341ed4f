"""Storage for rider accreditation documents (licence scans, medical certificates)."""
from __future__ import annotations

import hashlib
import logging
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, JsonResponse
from django.views.decorators.http import require_http_methods

log = logging.getLogger(__name__)


class DocumentStore:
    def __init__(self, root: Path):
        self.root = root

    def rider_dir(self, rider_id: int) -> Path:
        d = self.root / f"rider-{int(rider_id)}"
        d.mkdir(parents=True, exist_ok=True)
        return d

    def save(self, rider_id: int, upload) -> str:
        suffix = Path(upload.name).suffix.lower()
        if suffix not in {".pdf", ".jpg", ".png"}:
            raise ValueError("unsupported document type")
        name = f"{uuid.uuid4().hex}{suffix}"
        digest = hashlib.sha256()
        with open(self.rider_dir(rider_id) / name, "wb") as fh:
            for chunk in upload.chunks():
                digest.update(chunk)
                fh.write(chunk)
        log.info("stored %s for rider %s sha256=%s", name, rider_id, digest.hexdigest())
        return name

    def locate(self, rider_id: int, name: str) -> Path:
        return self.rider_dir(rider_id) / name

    def remove(self, rider_id: int, name: str) -> bool:
        target = self.locate(rider_id, name)
        if target.is_file():
            target.unlink()
            return True
        return False


store = DocumentStore(Path(settings.ACCREDITATION_DOCS_ROOT))


@login_required
@require_http_methods(["POST"])
def upload_document(request: HttpRequest):
    upload = request.FILES.get("document")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    try:
        name = store.save(request.user.rider.id, upload)
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"document": name}, status=201)


@login_required
@require_http_methods(["GET"])
def download_document(request: HttpRequest, name: str):
    path = store.locate(request.user.rider.id, name)
    if not path.is_file():
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True)


@login_required
@require_http_methods(["DELETE"])
def delete_document(request: HttpRequest):
    name = request.GET.get("name", "")
    if not store.remove(request.user.rider.id, name):
        raise Http404
    return JsonResponse({"deleted": name})
