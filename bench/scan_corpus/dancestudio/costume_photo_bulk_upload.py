"""Accepts zip archives of costume fitting photos uploaded by teachers."""
from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass, field
from typing import List

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

PHOTO_EXTENSIONS = (".jpg", ".jpeg", ".png", ".heic")


@dataclass
class ExtractionReport:
    saved: List[str] = field(default_factory=list)
    skipped: List[str] = field(default_factory=list)


class CostumePhotoArchive:
    def __init__(self, production_slug: str, max_bytes: int = 200 * 1024 * 1024) -> None:
        self.production_slug = production_slug
        self.max_bytes = max_bytes

    @property
    def destination(self) -> str:
        return os.path.join(settings.MEDIA_ROOT, "costumes", self.production_slug)

    def _target_for(self, member_name: str) -> str:
        return os.path.join(self.destination, member_name)

    def extract(self, archive_bytes: bytes) -> ExtractionReport:
        report = ExtractionReport()
        os.makedirs(self.destination, exist_ok=True)
        with zipfile.ZipFile(io.BytesIO(archive_bytes)) as bundle:
            total = sum(info.file_size for info in bundle.infolist())
            if total > self.max_bytes:
                raise ValueError("archive too large")
            for info in bundle.infolist():
                if info.is_dir() or not info.filename.lower().endswith(PHOTO_EXTENSIONS):
                    report.skipped.append(info.filename)
                    continue
                target = self._target_for(info.filename)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with bundle.open(info) as src, open(target, "wb") as dst:
                    dst.write(src.read())
                report.saved.append(info.filename)
        return report


@login_required
@require_POST
def upload_costume_photos(request: HttpRequest, production_slug: str) -> JsonResponse:
    upload = request.FILES.get("archive")
    if upload is None:
        return JsonResponse({"error": "archive missing"}, status=400)
    try:
        report = CostumePhotoArchive(production_slug).extract(upload.read())
    except (zipfile.BadZipFile, ValueError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"saved": len(report.saved), "skipped": report.skipped})
