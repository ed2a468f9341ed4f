"""Staging of firmware bundles for courier handheld scanners.

The device vendor uploads firmware bundles (``.tar.gz``) through the device
management portal.  Before a rollout wave the bundle is unpacked into the
staging area, where the OTA server picks up the images and manifest.
"""
import hashlib
import json
import logging
import re
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

STAGING_ROOT = Path("/srv/ota/staging")
RELEASE_RE = re.compile(r"^\d+\.\d+\.\d+(-rc\d+)?$")


class BundleError(Exception):
    pass


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def unpack_bundle(archive: Path, release: str) -> dict:
    if not RELEASE_RE.match(release):
        raise BundleError(f"invalid release name {release!r}")
    target = STAGING_ROOT / release
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    with tarfile.open(archive, "r:gz") as tf:
        for member in tf.getmembers():
            if member.isdev() or member.isfifo():
                log.warning("skipping special file %s in %s", member.name, archive.name)
                continue
            tf.extract(member, target)
    manifest_path = target / "manifest.json"
    if not manifest_path.is_file():
        raise BundleError("bundle has no manifest.json")
    manifest = json.loads(manifest_path.read_text())
    for image in manifest.get("images", []):
        digest = _sha256(target / image["file"])
        if digest != image["sha256"]:
            raise BundleError(f"checksum mismatch for {image['file']}")
    log.info("staged firmware %s (%d images)", release, len(manifest.get("images", [])))
    return manifest
