"""Verification of transponder-tag firmware bundles before distribution.

The tag vendor publishes a manifest with the SHA-256 of each firmware image;
the distribution job checks downloaded images against it before pushing
them to the in-lane reader update server.
"""
import hashlib
import json
from pathlib import Path

import requests

from tollkeeper.config import settings


class FirmwareMismatch(Exception):
    pass


def fetch_manifest(release: str) -> dict:
    url = f"{settings.TAG_VENDOR_RELEASES_URL}/{release}/manifest.json"
    response = requests.get(url, timeout=30)
    response.raise_for_status()
    return response.json()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def verify_bundle(release: str, bundle_dir: Path) -> list[str]:
    manifest = fetch_manifest(release)
    verified = []
    for entry in manifest["images"]:
        image_path = bundle_dir / Path(entry["file"]).name
        if not image_path.exists():
            raise FirmwareMismatch(f"missing image {entry['file']}")
        if file_sha256(image_path) != entry["sha256"].lower():
            raise FirmwareMismatch(f"checksum mismatch for {image_path.name}")
        verified.append(image_path.name)
    (bundle_dir / "verified.json").write_text(json.dumps({"release": release, "images": verified}))
    return verified
