"""Unpacks the zip bundles our party photographers upload after each event."""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic")


class PhotoBundleImporter:
    def __init__(self, gallery_root: str, max_files: int = 500) -> None:
        self.gallery_root = gallery_root
        self.max_files = max_files

    def _party_dir(self, party_ref: str) -> str:
        path = os.path.join(self.gallery_root, "parties", party_ref)
        os.makedirs(path, exist_ok=True)
        return path

    @staticmethod
    def _wanted(info: zipfile.ZipInfo) -> bool:
        return not info.is_dir() and info.filename.lower().endswith(IMAGE_SUFFIXES)

    def _copy_member(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest_dir: str) -> str:
        target = os.path.join(dest_dir, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with zf.open(info) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
        return target

    def import_bundle(self, party_ref: str, bundle_path: Path) -> list[str]:
        dest = self._party_dir(party_ref)
        written: list[str] = []
        with zipfile.ZipFile(bundle_path) as zf:
            members = [i for i in zf.infolist() if self._wanted(i)]
            if len(members) > self.max_files:
                raise ValueError(f"bundle has {len(members)} images; limit is {self.max_files}")
            for info in members:
                written.append(self._copy_member(zf, info, dest))
        log.info("party %s: imported %d photos", party_ref, len(written))
        return written
