"""Import offline sync bundles uploaded from crew tablets.

When a tablet has been out of coverage it uploads a zip bundle containing the
PRFs, observations and signatures it captured. The bundle is unpacked into a
staging area, validated against the manifest and then loaded.
"""
import hashlib
import json
import logging
import re
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

STAGING_ROOT = Path("/var/lib/eprf/staging")
DEVICE_ID_RE = re.compile(r"^TAB-[0-9A-F]{8}$")


class BundleError(Exception):
    pass


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def unpack_bundle(upload: Path, device_id: str) -> Path:
    if not DEVICE_ID_RE.fullmatch(device_id):
        raise BundleError(f"unknown device id format: {device_id!r}")
    target = STAGING_ROOT / device_id / upload.stem
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    with zipfile.ZipFile(upload) as zf:
        if zf.testzip() is not None:
            raise BundleError("corrupt bundle")
        zf.extractall(target)
    return target


def validate_bundle(folder: Path) -> dict:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        path = folder / entry["name"]
        if not path.is_file():
            raise BundleError(f"missing file {entry['name']}")
        if _sha256(path) != entry["sha256"]:
            raise BundleError(f"checksum mismatch for {entry['name']}")
    return manifest


def import_upload(upload: Path, device_id: str) -> dict:
    folder = unpack_bundle(upload, device_id)
    manifest = validate_bundle(folder)
    log.info("device %s bundle %s: %d files", device_id, upload.name, len(manifest["files"]))
    return manifest
