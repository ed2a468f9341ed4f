"""Unpacks vendor firmware tarballs (lidar, motor controller) for staging.

Vendors deliver .tar.gz archives through the supplier portal; the staging
job unpacks them before hashing each image into the release manifest.
"""
import hashlib
import tarfile
from pathlib import Path


def unpack_vendor_tarball(archive: Path, staging_dir: Path) -> dict[str, str]:
    staging_dir.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:*") as tf:
        tf.extractall(staging_dir, filter="data")
    digests = {}
    for path in sorted(staging_dir.rglob("*")):
        if path.is_file():
            digests[str(path.relative_to(staging_dir))] = _sha256_file(path)
    return digests


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
