"""Import photo bundles uploaded by resort managers for the booking site.

Managers upload a zip with one folder per unit type (``studio/``, ``1br/``,
``2br/`` ...). The images are unpacked into the resort's media directory and
a thumbnail job is queued for each one.
"""
from __future__ import annotations

import logging
import os
import zipfile
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")
MAX_MEMBER_BYTES = 25 * 1024 * 1024
MAX_MEMBERS = 2000


@dataclass
class ImportResult:
    resort_code: str
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


class MediaBundleImporter:
    def __init__(self, media_root: str, thumbnail_queue) -> None:
        self._media_root = media_root
        self._queue = thumbnail_queue

    def _resort_dir(self, resort_code: str) -> str:
        if not resort_code.isalnum():
            raise ValueError("resort code must be alphanumeric")
        path = os.path.join(self._media_root, resort_code.upper())
        os.makedirs(path, exist_ok=True)
        return path

    def import_bundle(self, resort_code: str, bundle_path: str) -> ImportResult:
        dest_dir = self._resort_dir(resort_code)
        result = ImportResult(resort_code)
        with zipfile.ZipFile(bundle_path) as zf:
            members = zf.infolist()
            if len(members) > MAX_MEMBERS:
                raise ValueError("bundle has too many files")
            for info in members:
                if info.is_dir():
                    continue
                if not info.filename.lower().endswith(IMAGE_SUFFIXES):
                    result.skipped.append(info.filename)
                    continue
                if info.file_size > MAX_MEMBER_BYTES:
                    result.skipped.append(info.filename)
                    continue
                target = os.path.join(dest_dir, info.filename)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as dst:
                    while chunk := src.read(64 * 1024):
                        dst.write(chunk)
                result.written.append(info.filename)
                self._queue.enqueue("thumbnail", resort=resort_code, path=target)
        log.info("imported %d images for %s, skipped %d",
                 len(result.written), resort_code, len(result.skipped))
        return result
