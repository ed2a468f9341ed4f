"""Import firmware bundles delivered by the sensor-board vendor.

The vendor uploads a zip through the partner portal containing the radio
firmware, the bootloader and a manifest. We unpack it into a staging folder,
check the manifest and then hand it to the release pipeline.
"""

import hashlib
import json
import shutil
import tempfile
import zipfile
from pathlib import Path

MANIFEST_NAME = "manifest.json"


class BundleError(ValueError):
    pass


def unpack_bundle(bundle_path: Path) -> tuple[Path, dict[str, str]]:
    staging = Path(tempfile.mkdtemp(prefix="vendor-fw-"))
    digests = {}
    with zipfile.ZipFile(bundle_path) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            target = staging / info.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            digests[info.filename] = hashlib.sha256(target.read_bytes()).hexdigest()
    return staging, digests


def verify_manifest(staging: Path, digests: dict[str, str]) -> dict:
    if MANIFEST_NAME not in digests:
        raise BundleError("bundle has no manifest")
    manifest = json.loads((staging / MANIFEST_NAME).read_text())
    for entry in manifest.get("files", []):
        if digests.get(entry["name"]) != entry["sha256"]:
            raise BundleError(f"checksum mismatch for {entry['name']}")
    return manifest


def import_bundle(bundle_path: Path) -> tuple[Path, dict]:
    staging, digests = unpack_bundle(bundle_path)
    try:
        return staging, verify_manifest(staging, digests)
    except BundleError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
