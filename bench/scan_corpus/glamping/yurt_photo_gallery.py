"""Admin gallery for yurt and pod listing photos.

Staff can remove photos from a unit's gallery. The requested name is
resolved and checked to lie inside the unit's folder before anything is
deleted.
"""
from __future__ import annotations

import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_http_methods

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


class GalleryStore:
    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root or settings.UNIT_PHOTO_ROOT).resolve()

    def unit_dir(self, unit_id: int) -> Path:
        path = self.root / f"unit-{int(unit_id)}"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def _confined(self, unit_id: int, name: str) -> Path:
        base = self.unit_dir(unit_id)
        target = (base / name).resolve()
        if not target.is_relative_to(base) or target == base:
            raise PermissionError("photo name outside unit gallery")
        return target

    def add(self, unit_id: int, upload) -> str:
        suffix = Path(upload.name).suffix.lower()
        if suffix not in IMAGE_SUFFIXES:
            raise ValueError("unsupported image type")
        name = f"{uuid.uuid4().hex}{suffix}"
        with open(self.unit_dir(unit_id) / name, "wb") as fh:
            for chunk in upload.chunks():
                fh.write(chunk)
        return name

    def remove(self, unit_id: int, name: str) -> bool:
        target = self._confined(unit_id, name)
        if not target.is_file():
            return False
        target.unlink()
        return True


gallery = GalleryStore()


@staff_member_required
@require_http_methods(["POST"])
def remove_photo(request: HttpRequest, unit_id: int) -> JsonResponse:
    try:
        removed = gallery.remove(unit_id, request.POST.get("name", ""))
    except PermissionError:
        return JsonResponse({"error": "invalid photo name"}, status=400)
    return JsonResponse({"removed": removed}, status=200 if removed else 404)
