"""Verification of gas outstation firmware packages before deployment.

Firmware images are downloaded from the manufacturer's release server along
with a published release manifest listing the SHA-256 of every image. The
manifest itself is fetched over HTTPS from the vendor's documentation site;
this module checks that a downloaded image matches its published digest
before it is staged for the flameproof outstations.
"""
import hashlib
from dataclasses import dataclass
from pathlib import Path

import requests

from colliery.config import settings

MANIFEST_TIMEOUT = 20


class FirmwareMismatch(Exception):
    pass


@dataclass(frozen=True)
class ReleaseEntry:
    model: str
    version: str
    filename: str
    sha256: str


def load_manifest(version: str) -> dict[str, ReleaseEntry]:
    url = f"{settings.FIRMWARE_MANIFEST_URL}/{version}/manifest.json"
    response = requests.get(url, timeout=MANIFEST_TIMEOUT)
    response.raise_for_status()
    entries = {}
    for item in response.json()["images"]:
        entry = ReleaseEntry(item["model"], version, item["file"], item["sha256"].lower())
        entries[entry.filename] = entry
    return entries


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(65536), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_image(path: Path, manifest: dict[str, ReleaseEntry]) -> ReleaseEntry:
    entry = manifest.get(path.name)
    if entry is None:
        raise FirmwareMismatch(f"{path.name} is not listed in the release manifest")
    actual = file_sha256(path)
    if actual == entry.sha256:
        return entry
    raise FirmwareMismatch(f"{path.name}: expected {entry.sha256}, got {actual}")


def verify_staging_dir(version: str, staging: Path) -> list[ReleaseEntry]:
    manifest = load_manifest(version)
    return [verify_image(image, manifest) for image in sorted(staging.glob("*.bin"))]
