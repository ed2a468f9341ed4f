"""Sync safety data sheets (SDS) for tanning chemicals from the supplier's public site.

The supplier publishes a ZIP of current SDS PDFs together with a SHA-256
checksum file; we only replace our copy when the download matches it.
"""
import hashlib
import logging
import os
import shutil
import tempfile
from pathlib import Path

import requests

log = logging.getLogger(__name__)

BUNDLE_URL = os.environ.get(
    "SDS_BUNDLE_URL", "https://sds.lederchemie-supply.de/bundles/tanning-auxiliaries.zip"
)
CHECKSUM_URL = BUNDLE_URL + ".sha256"
TARGET = Path("/srv/chemstore/sds/tanning-auxiliaries.zip")


def _sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def published_checksum(session: requests.Session) -> str:
    resp = session.get(CHECKSUM_URL, timeout=20)
    resp.raise_for_status()
    return resp.text.split()[0].lower()


def download_bundle(session: requests.Session, dest: Path) -> None:
    with session.get(BUNDLE_URL, stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with dest.open("wb") as fh:
            shutil.copyfileobj(resp.raw, fh)


def sync(target: Path = TARGET) -> bool:
    with requests.Session() as session:
        expected = published_checksum(session)
        if target.exists() and _sha256_of(target) == expected:
            log.info("SDS bundle already current (%s)", expected[:12])
            return False
        with tempfile.TemporaryDirectory() as tmp:
            staged = Path(tmp) / target.name
            download_bundle(session, staged)
            actual = _sha256_of(staged)
            if actual != expected:
                raise RuntimeError(f"SDS bundle checksum mismatch: {actual} != {expected}")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(staged), target)
    log.info("SDS bundle updated (%s)", expected[:12])
    return True
