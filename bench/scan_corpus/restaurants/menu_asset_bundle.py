"""Unpacks menu asset bundles (photos, nutrition PDFs, translations) uploaded by
brand agencies and publishes them to the CDN origin bucket."""
from __future__ import annotations

import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

PUBLISHABLE_SUFFIXES = {".jpg", ".png", ".webp", ".pdf", ".json"}


class AssetBundleImporter:
    def __init__(self, storage, brand: str):
        self._storage = storage
        self._brand = brand

    def _unpack(self, bundle_path: Path, workdir: Path) -> list[Path]:
        with tarfile.open(bundle_path, mode="r:*") as tar:
            tar.extractall(path=workdir)
        return [p for p in workdir.rglob("*") if p.is_file()]

    def import_bundle(self, bundle_path: Path, version: str) -> int:
        workdir = Path(tempfile.mkdtemp(prefix=f"assets-{self._brand}-"))
        try:
            published = 0
            for path in self._unpack(bundle_path, workdir):
                if path.suffix.lower() not in PUBLISHABLE_SUFFIXES:
                    log.info("skipping %s", path.name)
                    continue
                key = f"{self._brand}/{version}/{path.relative_to(workdir).as_posix()}"
                self._storage.upload_file(str(path), key)
                published += 1
            log.info("published %d assets for %s %s", published, self._brand, version)
            return published
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
