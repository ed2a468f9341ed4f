"""Firmware updates for installed console MIDI interface boards.

The board vendor publishes a release manifest listing the latest firmware
version for each board model and the SHA-256 of each image. Field engineers
run this before a visit so they carry the current image for the consoles they
will be servicing.
"""
import hashlib
import logging
from pathlib import Path

import requests
from packaging.version import Version

MANIFEST_URL = "https://downloads.registerlink-midi.com/firmware/manifest.json"
CACHE_DIR = Path.home() / ".organworks" / "firmware"
SUPPORTED_BOARDS = {"RL-KEY64", "RL-PISTON32", "RL-STOP96"}

log = logging.getLogger("field.firmware")


def fetch_manifest(session: requests.Session) -> dict:
    resp = session.get(MANIFEST_URL, timeout=20)
    resp.raise_for_status()
    return resp.json()


def needs_update(installed_version: str, manifest: dict, board_model: str) -> bool:
    latest = manifest["boards"][board_model]["version"]
    return Version(latest) > Version(installed_version)


def download_image(session: requests.Session, manifest: dict, board_model: str) -> Path:
    if board_model not in SUPPORTED_BOARDS:
        raise ValueError(f"unknown board model {board_model!r}")
    entry = manifest["boards"][board_model]
    target = CACHE_DIR / f"{board_model}-{entry['version']}.bin"
    if target.exists():
        return target

    resp = session.get(entry["url"], timeout=60)
    resp.raise_for_status()
    image = resp.content
    digest = hashlib.sha256(image).hexdigest()
    if digest != entry["sha256"].lower():
        raise ValueError(f"{board_model} image digest does not match the release manifest")

    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    target.write_bytes(image)
    log.info("cached %s firmware %s (%d bytes)", board_model, entry["version"], len(image))
    return target


def prepare_for_visit(installed: dict[str, str]) -> list[Path]:
    images = []
    with requests.Session() as session:
        manifest = fetch_manifest(session)
        for board_model, version in installed.items():
            if needs_update(version, manifest, board_model):
                images.append(download_image(session, manifest, board_model))
    return images
