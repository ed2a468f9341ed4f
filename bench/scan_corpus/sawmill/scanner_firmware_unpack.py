"""Unpack log-scanner firmware and calibration updates.

The 3D log scanner at the infeed deck gets vendor updates as tar archives
downloaded from the vendor's support portal by maintenance staff. Archives
are checked against the vendor's published SHA-256 and unpacked to a
versioned directory before the scanner service is pointed at them.
"""
from __future__ import annotations

import hashlib
import hmac
import tarfile
from pathlib import Path

INSTALL_ROOT = Path("/opt/logscanner/releases")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def unpack_release(archive: Path, expected_sha256: str, version: str) -> Path:
    actual = sha256_file(archive)
    if not hmac.compare_digest(actual, expected_sha256.strip().lower()):
        raise ValueError(f"checksum mismatch for {archive.name}")
    if not version.replace(".", "").isdigit():
        raise ValueError(f"unexpected version string {version!r}")
    dest = INSTALL_ROOT / version
    dest.mkdir(parents=True, exist_ok=False)
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
    return dest


def current_link(version: str) -> None:
    link = INSTALL_ROOT / "current"
    tmp = INSTALL_ROOT / ".current.tmp"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(INSTALL_ROOT / version, target_is_directory=True)
    tmp.replace(link)
