"""Verifies pattern PDFs pulled from the regional guild mirror.

The mirror publishes a manifest of pattern files with their SHA-256 sums.
Files are fetched into the local library only when the bytes match the
manifest, which catches truncated or corrupted transfers.
"""
import hashlib
import logging
from pathlib import Path

import requests

from quilter.config import settings

log = logging.getLogger(__name__)

CHUNK = 1 << 16


def fetch_manifest(session: requests.Session) -> list[dict]:
    resp = session.get(f"{settings.MIRROR_BASE_URL}/manifest.json", timeout=20)
    resp.raise_for_status()
    return resp.json()["files"]


def _download(session: requests.Session, name: str, dest: Path) -> str:
    sha = hashlib.sha256()
    with session.get(f"{settings.MIRROR_BASE_URL}/files/{name}", stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with dest.open("wb") as fh:
            for chunk in resp.iter_content(CHUNK):
                sha.update(chunk)
                fh.write(chunk)
    return sha.hexdigest()


def sync_patterns(library_dir: Path) -> tuple[int, int]:
    ok = bad = 0
    staging = library_dir / ".incoming"
    staging.mkdir(exist_ok=True)
    with requests.Session() as session:
        for entry in fetch_manifest(session):
            name = Path(entry["name"]).name
            partial = staging / name
            digest = _download(session, entry["name"], partial)
            if digest != entry["sha256"].lower():
                log.warning("checksum mismatch for %s, discarding", name)
                partial.unlink(missing_ok=True)
                bad += 1
                continue
            partial.replace(library_dir / name)
            ok += 1
    return ok, bad
