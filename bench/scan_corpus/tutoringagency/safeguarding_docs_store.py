"""Storage for tutors' safeguarding documents (DBS certificates, training records)."""
from __future__ import annotations

import logging
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

log = logging.getLogger(__name__)

SUFFIX_BY_TYPE = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


class SafeguardingDocumentStore:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def _path_for(self, tutor_id: int, name: str) -> Path:
        return self.root / str(tutor_id) / name

    def list(self, tutor_id: int) -> list[str]:
        folder = self.root / str(tutor_id)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())

    def save(self, tutor_id: int, upload) -> str:
        folder = self.root / str(tutor_id)
        folder.mkdir(parents=True, exist_ok=True)
        suffix = SUFFIX_BY_TYPE.get(upload.content_type, ".bin")
        target = folder / f"{uuid.uuid4().hex}{suffix}"
        with target.open("wb") as fh:
            for chunk in upload.chunks():
                fh.write(chunk)
        return target.name

    def delete(self, tutor_id: int, name: str) -> bool:
        path = self._path_for(tutor_id, name)
        if not path.is_file():
            return False
        path.unlink()
        return True


def _store() -> SafeguardingDocumentStore:
    return SafeguardingDocumentStore(settings.SAFEGUARDING_DOCS_ROOT)


@staff_member_required
@require_POST
def remove_document(request: HttpRequest, tutor_id: int):
    name = request.POST.get("document", "")
    if not name:
        return JsonResponse({"error": "document name required"}, status=400)
    removed = _store().delete(tutor_id, name)
    log.info("staff %s removed safeguarding doc for tutor %s: %s",
             request.user.username, tutor_id, removed)
    return JsonResponse({"removed": removed, "remaining": _store().list(tutor_id)})
