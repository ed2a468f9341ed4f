"""Imports press-felt and roll-cover drawing packages sent by suppliers as ZIP archives."""
from __future__ import annotations

import os
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@dataclass
class DrawingPackage:
    supplier: str
    equipment_tag: str
    files: list[str] = field(default_factory=list)


class DrawingImporter:
    ALLOWED_SUFFIXES = (".pdf", ".dxf", ".dwg", ".step")

    def __init__(self, library_root: str | None = None) -> None:
        self.library_root = library_root or settings.DRAWING_LIBRARY_ROOT

    def _target_dir(self, equipment_tag: str) -> str:
        tag_dir = "".join(ch for ch in equipment_tag if ch.isalnum() or ch in "-_")
        path = os.path.join(self.library_root, tag_dir)
        os.makedirs(path, exist_ok=True)
        return path

    def _copy_member(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, dest: str) -> str:
        target = os.path.join(dest, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(info) as src, open(target, "wb") as out:
            shutil.copyfileobj(src, out)
        return target

    def import_zip(self, upload, supplier: str, equipment_tag: str) -> DrawingPackage:
        package = DrawingPackage(supplier=supplier, equipment_tag=equipment_tag)
        dest = self._target_dir(equipment_tag)
        with zipfile.ZipFile(upload) as archive:
            for info in archive.infolist():
                if info.is_dir() or not info.filename.lower().endswith(self.ALLOWED_SUFFIXES):
                    continue
                package.files.append(self._copy_member(archive, info, dest))
        return package


@require_POST
def upload_drawings(request: HttpRequest) -> JsonResponse:
    package = DrawingImporter().import_zip(
        request.FILES["package"],
        supplier=request.POST["supplier"],
        equipment_tag=request.POST["equipment_tag"],
    )
    return JsonResponse({"equipment": package.equipment_tag,
                         "files": [Path(p).name for p in package.files]})
