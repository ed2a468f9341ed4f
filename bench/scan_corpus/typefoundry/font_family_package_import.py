"""Unpacks the ZIP package a designer uploads for a new family release."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

logger = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".otf", ".ttf", ".woff", ".woff2", ".txt", ".pdf", ".yaml"}
MAX_MEMBER_BYTES = 50 * 1024 * 1024


@dataclass
class ImportResult:
    release_id: str
    files: List[str] = field(default_factory=list)
    skipped: List[str] = field(default_factory=list)
    checksums: dict = field(default_factory=dict)


class PackageImporter:
    def __init__(self, staging_root: Path) -> None:
        self.staging_root = staging_root

    def _staging_dir(self, release_id: str) -> Path:
        safe_id = "".join(ch for ch in release_id if ch.isalnum() or ch in "-_")
        target = self.staging_root / safe_id
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        return target

    def unpack(self, release_id: str, archive_path: Path) -> ImportResult:
        staging = self._staging_dir(release_id)
        result = ImportResult(release_id=release_id)
        with zipfile.ZipFile(archive_path) as archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                suffix = os.path.splitext(info.filename)[1].lower()
                if suffix not in ALLOWED_SUFFIXES or info.file_size > MAX_MEMBER_BYTES:
                    result.skipped.append(info.filename)
                    continue
                destination = os.path.join(staging, info.filename)
                os.makedirs(os.path.dirname(destination), exist_ok=True)
                digest = hashlib.sha256()
                with archive.open(info) as src, open(destination, "wb") as dst:
                    for chunk in iter(lambda: src.read(65536), b""):
                        digest.update(chunk)
                        dst.write(chunk)
                result.files.append(info.filename)
                result.checksums[info.filename] = digest.hexdigest()
        logger.info(
            "release %s: unpacked %d files, skipped %d",
            release_id, len(result.files), len(result.skipped),
        )
        return result


def import_release(staging_root: str, release_id: str, archive: str) -> ImportResult:
    importer = PackageImporter(Path(staging_root))
    result = importer.unpack(release_id, Path(archive))
    if not any(name.lower().endswith((".otf", ".ttf")) for name in result.files):
        raise ValueError("package contains no font binaries")
    return result
