"""Unpacks zip bundles of lot photography sent by freelance photographers after a shoot."""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from dataclasses import dataclass, field

log = logging.getLogger("photography.bundles")

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff")


@dataclass
class BundleResult:
    lot_number: str
    images: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


class BundleUnpacker:
    def __init__(self, inbox: str | None = None, max_member_bytes: int = 80 * 1024 * 1024) -> None:
        self.inbox = inbox or os.environ.get("PHOTO_INBOX", "/srv/storefront/photo-inbox")
        self.max_member_bytes = max_member_bytes

    def destination_for(self, lot_number: str) -> str:
        path = os.path.join(self.inbox, "lots", lot_number)
        os.makedirs(path, exist_ok=True)
        return path

    def _copy_member(self, bundle: zipfile.ZipFile, info: zipfile.ZipInfo, dest: str) -> str:
        target = os.path.join(dest, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with bundle.open(info) as src, open(target, "wb") as out:
            shutil.copyfileobj(src, out, length=1024 * 1024)
        return target

    def unpack(self, bundle_path: str, lot_number: str) -> BundleResult:
        result = BundleResult(lot_number=lot_number)
        dest = self.destination_for(lot_number)
        with zipfile.ZipFile(bundle_path) as bundle:
            for info in bundle.infolist():
                if info.is_dir():
                    continue
                if not info.filename.lower().endswith(IMAGE_SUFFIXES):
                    result.skipped.append(info.filename)
                    continue
                if info.file_size > self.max_member_bytes:
                    result.skipped.append(info.filename)
                    continue
                result.images.append(self._copy_member(bundle, info, dest))
        log.info(
            "lot %s: unpacked %d images, skipped %d members",
            lot_number, len(result.images), len(result.skipped),
        )
        return result
