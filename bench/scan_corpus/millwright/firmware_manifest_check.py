"""Checks the firmware images for the sluice gate and fantail controllers
before engineers flash them on site. Images and their SHA-256 manifest
are published openly by the controller vendor."""
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger(__name__)

MANIFEST_URL = "https://downloads.hollandgate-controls.com/firmware/manifest.json"
CACHE_DIR = Path("/var/cache/millwright/firmware")


@dataclass
class FirmwareImage:
    model: str
    version: str
    filename: str
    sha256: str


def fetch_manifest(session: requests.Session) -> list[FirmwareImage]:
    resp = session.get(MANIFEST_URL, timeout=30)
    resp.raise_for_status()
    return [FirmwareImage(**entry) for entry in resp.json()["images"]]


def file_sha256(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            h.update(block)
    return h.hexdigest()


def verify_cached(images: list[FirmwareImage], installed: dict[str, str]) -> dict[str, str]:
    """Return a status per controller model: up-to-date, ready, missing or corrupt."""
    report = {}
    for image in images:
        if image.model not in installed:
            continue
        if installed[image.model] == image.version:
            report[image.model] = "up-to-date"
            continue
        local = CACHE_DIR / image.model / Path(image.filename).name
        if not local.exists():
            report[image.model] = "missing"
        elif file_sha256(local) == image.sha256.lower():
            report[image.model] = "ready"
        else:
            log.warning("checksum mismatch for %s %s", image.model, image.version)
            report[image.model] = "corrupt"
    return report


if __name__ == "__main__":
    installed_versions = json.loads(Path("/etc/millwright/controllers.json").read_text())
    with requests.Session() as s:
        print(json.dumps(verify_cached(fetch_manifest(s), installed_versions), indent=2))
