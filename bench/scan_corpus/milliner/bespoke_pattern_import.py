"""Imports crown and brim pattern packs that freelance pattern cutters upload as zip files."""
from __future__ import annotations

import os
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class PatternPackManifest:
    designer: str
    pack_name: str
    files: list[str] = field(default_factory=list)
    total_bytes: int = 0


class PatternPackImporter:
    allowed_suffixes = (".svg", ".pdf", ".dxf", ".txt")
    max_total_bytes = 200 * 1024 * 1024

    def __init__(self, library_root: str | os.PathLike) -> None:
        self.library_root = Path(library_root)

    def _destination(self, designer: str, pack_name: str) -> Path:
        dest = self.library_root / designer / pack_name
        dest.mkdir(parents=True, exist_ok=True)
        return dest

    def _wanted(self, info: zipfile.ZipInfo) -> bool:
        return not info.is_dir() and info.filename.lower().endswith(self.allowed_suffixes)

    def import_pack(self, upload_path: str, designer: str, pack_name: str) -> PatternPackManifest:
        manifest = PatternPackManifest(designer, pack_name)
        dest = self._destination(designer, pack_name)
        with zipfile.ZipFile(upload_path) as archive:
            members = [i for i in archive.infolist() if self._wanted(i)]
            if sum(i.file_size for i in members) > self.max_total_bytes:
                raise ValueError("pattern pack is too large")
            for info in members:
                target = os.path.join(dest, info.filename)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with archive.open(info) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)
                manifest.files.append(info.filename)
                manifest.total_bytes += info.file_size
        return manifest


def handle_upload(upload_path: str, designer: str, pack_name: str) -> dict:
    importer = PatternPackImporter(os.environ.get("PATTERN_LIBRARY", "/srv/patterns"))
    manifest = importer.import_pack(upload_path, designer, pack_name)
    return {"designer": manifest.designer, "files": manifest.files, "bytes": manifest.total_bytes}
