"""Fetch and stage firmware updates for the studio's kiln controllers.

The vendor publishes a manifest listing each firmware build with its
SHA-256 checksum; we download the image, confirm it arrived intact and
stage it for the technician to flash during the next maintenance window.
"""
import hashlib
import logging
from pathlib import Path

import requests

from potter.config import settings

log = logging.getLogger(__name__)

CHUNK = 64 * 1024


def fetch_manifest(model: str) -> dict:
    resp = requests.get(f"{settings.KILN_VENDOR_URL}/firmware/{model}/manifest.json", timeout=15)
    resp.raise_for_status()
    return resp.json()


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def stage_firmware(model: str, staging_dir: Path = settings.FIRMWARE_STAGING_DIR) -> Path:
    manifest = fetch_manifest(model)
    latest = manifest["builds"][0]
    target = staging_dir / f"{model}-{latest['version']}.bin"

    with requests.get(latest["url"], stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with target.open("wb") as out:
            for block in resp.iter_content(CHUNK):
                out.write(block)

    actual = _sha256_of(target)
    if actual.lower() == latest["sha256"].lower():
        log.info("staged firmware %s for %s", latest["version"], model)
        return target

    target.unlink(missing_ok=True)
    raise RuntimeError(f"checksum mismatch for {model} {latest['version']}")
