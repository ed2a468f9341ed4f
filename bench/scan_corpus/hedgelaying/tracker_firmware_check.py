"""Checks firmware images before they are pushed to the plant GPS trackers.

The tracker vendor publishes a manifest listing each firmware release and
its SHA-256 digest. Images are downloaded over HTTPS, checked against the
manifest and only then queued for the over-the-air update.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger("tracker.firmware")


@dataclass(frozen=True)
class FirmwareRelease:
    model: str
    version: str
    url: str
    sha256: str


def fetch_manifest(manifest_url: str) -> list[FirmwareRelease]:
    resp = requests.get(manifest_url, timeout=20)
    resp.raise_for_status()
    return [FirmwareRelease(**item) for item in resp.json()["releases"]]


def download(release: FirmwareRelease, dest_dir: Path) -> Path:
    dest = dest_dir / f"{release.model}-{release.version}.bin"
    with requests.get(release.url, stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with dest.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=65536):
                fh.write(chunk)
    return dest


def image_matches_manifest(image: Path, release: FirmwareRelease) -> bool:
    digest = hashlib.sha256(image.read_bytes()).hexdigest()
    return digest == release.sha256.lower()


def prepare_update(manifest_url: str, model: str, dest_dir: Path) -> Path | None:
    releases = [r for r in fetch_manifest(manifest_url) if r.model == model]
    if not releases:
        log.info("no firmware published for %s", model)
        return None
    latest = max(releases, key=lambda r: tuple(int(x) for x in r.version.split(".")))
    image = download(latest, dest_dir)
    if not image_matches_manifest(image, latest):
        image.unlink()
        raise ValueError(f"firmware {latest.version} for {model} failed its checksum")
    log.info("firmware %s for %s ready at %s", latest.version, model, image)
    return image
