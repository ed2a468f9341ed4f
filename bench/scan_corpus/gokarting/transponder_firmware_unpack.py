"""Unpacks transponder firmware bundles uploaded by the timing vendor.

The vendor publishes firmware as a tar.gz containing the image, release
notes and a manifest. The workshop tool unpacks the bundle into the
firmware cache so the flashing station can pick it up.
"""
from __future__ import annotations

import hashlib
import json
import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

FIRMWARE_CACHE = Path("/var/cache/kartcentre/firmware")


class FirmwareBundle:
    def __init__(self, archive: Path) -> None:
        self.archive = archive
        self._manifest: dict | None = None

    def unpack(self, dest_root: Path = FIRMWARE_CACHE) -> Path:
        dest = dest_root / self.archive.name.removesuffix(".tar.gz")
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(self.archive, "r:gz") as tar:
            tar.extractall(dest)
        log.info("unpacked %s into %s", self.archive.name, dest)
        return dest

    def manifest(self, dest: Path) -> dict:
        if self._manifest is None:
            self._manifest = json.loads((dest / "manifest.json").read_text(encoding="utf-8"))
        return self._manifest

    def verify_image(self, dest: Path) -> bool:
        meta = self.manifest(dest)
        image = dest / meta["image"]
        digest = hashlib.sha256(image.read_bytes()).hexdigest()
        return digest == meta["sha256"]


def install_bundle(archive_path: str) -> Path:
    bundle = FirmwareBundle(Path(archive_path))
    dest = bundle.unpack()
    if not bundle.verify_image(dest):
        raise RuntimeError("firmware image checksum mismatch")
    meta = bundle.manifest(dest)
    log.info("firmware %s for model %s ready", meta.get("version"), meta.get("model"))
    return dest


if __name__ == "__main__":
    import sys

    print(install_bundle(sys.argv[1]))
