"""Installs coach seat-map bundles published by rolling-stock suppliers.

Suppliers publish a ``.tar.gz`` per fleet containing the SVG layouts and a
``manifest.json``; the reservation engine reads them from ``SEATMAP_ROOT``.
"""
import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import requests

from reservations.settings import SEATMAP_ROOT, SUPPLIER_FEEDS


def _download(url: str, dest: Path) -> str:
    sha = hashlib.sha256()
    with requests.get(url, stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with dest.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=1 << 16):
                sha.update(chunk)
                fh.write(chunk)
    return sha.hexdigest()


def install_bundle(fleet: str) -> Path:
    feed = SUPPLIER_FEEDS[fleet]
    target = Path(SEATMAP_ROOT) / fleet
    with tempfile.TemporaryDirectory(prefix="seatmap-") as tmp:
        archive = Path(tmp) / "bundle.tar.gz"
        digest = _download(feed["url"], archive)
        if feed.get("sha256") and digest != feed["sha256"]:
            raise ValueError(f"checksum mismatch for {fleet} bundle")
        staging = Path(tmp) / "staging"
        staging.mkdir()
        shutil.unpack_archive(archive, staging, format="gztar")
        manifest = json.loads((staging / "manifest.json").read_text())
        if manifest.get("fleet") != fleet:
            raise ValueError("bundle is for a different fleet")
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(staging, target)
    return target


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:] or list(SUPPLIER_FEEDS):
        print(f"installed {name} -> {install_bundle(name)}")
