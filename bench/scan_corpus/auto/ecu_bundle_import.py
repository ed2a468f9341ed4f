"""Imports ECU firmware bundles delivered by suppliers into the OTA staging area."""
from __future__ import annotations

import hashlib
import tarfile
import tempfile
from pathlib import Path

from ota.staging import register_staged_bundle
from ota.supplier_portal import download_bundle

MAX_MEMBERS = 2000


def import_supplier_bundle(bundle_id: int, staging_root: Path) -> Path:
    """Fetch bundle ``bundle_id`` from the supplier portal and stage its contents."""
    dest = staging_root / f"bundle-{int(bundle_id)}"
    dest.mkdir(parents=True, exist_ok=False)
    with tempfile.TemporaryDirectory() as tmp:
        archive_path = download_bundle(bundle_id, Path(tmp))
        digest = hashlib.sha256(archive_path.read_bytes()).hexdigest()
        with tarfile.open(archive_path, mode="r:*") as tar:
            if len(tar.getmembers()) > MAX_MEMBERS:
                raise ValueError(f"bundle {bundle_id} has too many entries")
            tar.extractall(path=dest, filter="data")
    register_staged_bundle(bundle_id, dest, sha256=digest)
    return dest
