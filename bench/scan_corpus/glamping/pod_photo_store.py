"""Storage for pod and yurt listing photos.

Marketing staff upload photos per unit from the admin screen; the
channel manager sync picks them up from the same folder.
"""
from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_http_methods

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


class UnitPhotoStore:
    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root or settings.UNIT_PHOTO_ROOT)

    def unit_dir(self, unit_id: int) -> Path:
        path = self.root / f"unit-{unit_id}"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def save(self, unit_id: int, upload) -> str:
        suffix = Path(upload.name).suffix.lower()
        if suffix not in ALLOWED_SUFFIXES:
            raise ValueError("unsupported image type")
        name = f"{uuid.uuid4().hex}{suffix}"
        digest = hashlib.sha256()
        with open(self.unit_dir(unit_id) / name, "wb") as fh:
            for chunk in upload.chunks():
                digest.update(chunk)
                fh.write(chunk)
        return name

    def list(self, unit_id: int) -> list[str]:
        return sorted(p.name for p in self.unit_dir(unit_id).iterdir() if p.is_file())

    def remove(self, unit_id: int, photo_name: str) -> bool:
        target = self.unit_dir(unit_id) / photo_name
        if not target.is_file():
            return False
        target.unlink()
        return True


store = UnitPhotoStore()


@staff_member_required
@require_http_methods(["POST"])
def upload_photo(request: HttpRequest, unit_id: int) -> JsonResponse:
    try:
        name = store.save(unit_id, request.FILES["photo"])
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"name": name}, status=201)


@staff_member_required
@require_http_methods(["POST"])
def delete_photo(request: HttpRequest, unit_id: int) -> JsonResponse:
    removed = store.remove(unit_id, request.POST.get("name", ""))
    return JsonResponse({"removed": removed}, status=200 if removed else 404)
