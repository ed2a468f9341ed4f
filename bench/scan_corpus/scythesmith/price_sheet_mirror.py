"""Mirrors the published dealer price sheets to the regional file cache.

The head office publishes price sheets together with a manifest listing
each file's SHA-256. Regional caches download both and refuse any sheet
whose digest does not match the manifest, which catches truncated
downloads over the slower rural links.
"""
import hashlib
import logging
from pathlib import Path

import requests

from scythesmith.config import settings

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.json"


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(65536), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch_manifest(session: requests.Session) -> list[dict]:
    resp = session.get(f"{settings.PRICE_SHEET_ORIGIN}/{MANIFEST_NAME}", timeout=30)
    resp.raise_for_status()
    return resp.json()["files"]


def mirror_sheet(session: requests.Session, entry: dict, cache_dir: Path) -> bool:
    target = cache_dir / entry["name"]
    partial = target.with_suffix(target.suffix + ".part")
    with session.get(f"{settings.PRICE_SHEET_ORIGIN}/{entry['name']}", stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with partial.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=65536):
                fh.write(chunk)
    if _sha256_file(partial) != entry["sha256"].lower():
        log.warning("digest mismatch for %s, discarding download", entry["name"])
        partial.unlink(missing_ok=True)
        return False
    partial.replace(target)
    return True


def mirror_all(cache_dir: Path = Path(settings.PRICE_SHEET_CACHE)) -> int:
    cache_dir.mkdir(parents=True, exist_ok=True)
    mirrored = 0
    with requests.Session() as session:
        for entry in fetch_manifest(session):
            if Path(entry["name"]).name != entry["name"]:
                continue
            if mirror_sheet(session, entry, cache_dir):
                mirrored += 1
    return mirrored
