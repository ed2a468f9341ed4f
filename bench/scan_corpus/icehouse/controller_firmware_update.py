"""Fetches and stages firmware for the refrigeration plant controllers.

The controller manufacturer publishes firmware images together with a JSON
manifest listing version and SHA-256. Images are staged on the maintenance
share, and the technician flashes them during the Sunday shutdown.
"""
import hashlib
import logging
from pathlib import Path

import requests

log = logging.getLogger("icehouse.plant.firmware")

MANIFEST_URL = "https://downloads.coldcontrols.example/fw/ck-700/manifest.json"
STAGING_DIR = Path("/srv/maintenance/firmware/ck-700")


def _sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch_manifest(session: requests.Session) -> dict:
    resp = session.get(MANIFEST_URL, timeout=15)
    resp.raise_for_status()
    return resp.json()


def stage_latest(installed_version: str, session: requests.Session | None = None) -> Path | None:
    session = session or requests.Session()
    manifest = fetch_manifest(session)
    if manifest["version"] == installed_version:
        log.info("controllers already on %s", installed_version)
        return None

    STAGING_DIR.mkdir(parents=True, exist_ok=True)
    target = STAGING_DIR / f"ck700-{manifest['version']}.bin"
    with session.get(manifest["image_url"], stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with target.open("wb") as out:
            for chunk in resp.iter_content(chunk_size=1 << 16):
                out.write(chunk)

    digest = _sha256_of(target)
    if digest != manifest["sha256"].lower():
        target.unlink(missing_ok=True)
        raise ValueError(f"checksum mismatch for firmware {manifest['version']}")

    log.info("staged firmware %s at %s", manifest["version"], target)
    return target
