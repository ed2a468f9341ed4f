"""Unpacks PLC firmware bundles after checksum verification."""
import hashlib
import hmac
import os
import tarfile
from pathlib import Path

STAGING_ROOT = Path(os.environ.get("FIRMWARE_STAGING", "/var/lib/fw-staging"))


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def unpack(bundle: Path, expected_sha256: str, model: str, version: str) -> Path:
    if not hmac.compare_digest(_sha256(bundle), expected_sha256.lower()):
        raise ValueError("firmware checksum mismatch")
    dest = STAGING_ROOT / model / version
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, "r:gz") as tar:
        tar.extractall(dest, filter="data")
    return dest
