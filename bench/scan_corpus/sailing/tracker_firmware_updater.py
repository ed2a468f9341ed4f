"""Downloads and stages firmware images for the GPS trackers fitted to the charter fleet."""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import requests

log = logging.getLogger("tracker.firmware")

UPDATE_CONFIG = {
    "manifest_url": os.environ.get(
        "FIRMWARE_MANIFEST_URL", "https://updates.bluewatersailing.example/tracker/manifest.json"
    ),
    "staging_dir": Path(os.environ.get("FIRMWARE_STAGING_DIR", "/var/lib/tracker/firmware")),
    "timeout": 60,
}


class FirmwareMismatch(Exception):
    pass


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch_manifest(cfg: dict = UPDATE_CONFIG) -> dict:
    resp = requests.get(cfg["manifest_url"], timeout=cfg["timeout"])
    resp.raise_for_status()
    return resp.json()


def stage_image(model: str, cfg: dict = UPDATE_CONFIG) -> Path:
    manifest = fetch_manifest(cfg)
    entry = manifest["models"][model]
    target = cfg["staging_dir"] / f"{model}-{entry['version']}.bin"
    target.parent.mkdir(parents=True, exist_ok=True)

    partial = target.with_suffix(".part")
    with requests.get(entry["url"], stream=True, timeout=cfg["timeout"]) as resp:
        resp.raise_for_status()
        with partial.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=1 << 16):
                fh.write(chunk)

    actual = _sha256_of(partial)
    if actual != entry["sha256"].lower():
        partial.unlink(missing_ok=True)
        raise FirmwareMismatch(f"{model} {entry['version']}: checksum {actual} does not match manifest")
    partial.replace(target)
    log.info("staged %s firmware %s at %s", model, entry["version"], target)
    return target


def current_version(model: str, cfg: dict = UPDATE_CONFIG) -> str | None:
    images = sorted(cfg["staging_dir"].glob(f"{model}-*.bin"))
    return images[-1].stem.split("-", 1)[1] if images else None
