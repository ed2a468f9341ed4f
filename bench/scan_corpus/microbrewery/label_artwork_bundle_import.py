"""Unpacks label artwork bundles delivered by the design agency for the canning line."""
from __future__ import annotations

import hashlib
import logging
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".pdf", ".svg", ".png", ".ai", ".txt"}
MAX_MEMBER_BYTES = 50 * 1024 * 1024


@dataclass
class ImportedArtwork:
    sku: str
    files: list[Path]
    manifest_sha256: str


class ArtworkBundleImporter:
    def __init__(self, artwork_root: Path) -> None:
        self.artwork_root = artwork_root

    def _target_dir(self, sku: str) -> Path:
        if not sku.replace("-", "").isalnum():
            raise ValueError("SKU must be alphanumeric")
        target = self.artwork_root / sku
        target.mkdir(parents=True, exist_ok=True)
        return target

    def import_bundle(self, sku: str, bundle_path: Path) -> ImportedArtwork:
        target = self._target_dir(sku)
        written: list[Path] = []
        digest = hashlib.sha256()
        with zipfile.ZipFile(bundle_path) as zf:
            for info in zf.infolist():
                if info.is_dir():
                    continue
                if Path(info.filename).suffix.lower() not in ALLOWED_SUFFIXES:
                    log.info("skipping %s in bundle for %s", info.filename, sku)
                    continue
                if info.file_size > MAX_MEMBER_BYTES:
                    raise ValueError(f"{info.filename} is too large")
                dest = target / info.filename
                dest.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, open(dest, "wb") as out:
                    shutil.copyfileobj(src, out)
                digest.update(info.filename.encode("utf-8"))
                digest.update(info.CRC.to_bytes(4, "big"))
                written.append(dest)
        log.info("imported %d artwork files for %s", len(written), sku)
        return ImportedArtwork(sku=sku, files=written, manifest_sha256=digest.hexdigest())


if __name__ == "__main__":
    import sys

    importer = ArtworkBundleImporter(Path("/srv/brewery/artwork"))
    result = importer.import_bundle(sys.argv[1], Path(sys.argv[2]))
    for f in result.files:
        print(f)
