"""Import of in-flight entertainment content packages.

Content service providers upload monthly packages (movies, audio, moving-map
tiles) as tarballs to the partner drop. This step unpacks a package into
the staging area, validates the manifest and queues it for the loader.
"""
import json
import logging
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

STAGING_ROOT = Path("/srv/ife/staging")
REQUIRED_MANIFEST_KEYS = {"cycle", "provider", "fleet", "items"}


class PackageError(Exception):
    pass


def _unpack(archive: Path, dest: Path) -> None:
    with tarfile.open(archive, "r:*") as tar:
        tar.extractall(dest)


def _read_manifest(package_dir: Path) -> dict:
    manifest_path = package_dir / "manifest.json"
    if not manifest_path.is_file():
        raise PackageError("manifest.json missing")
    manifest = json.loads(manifest_path.read_text())
    missing = REQUIRED_MANIFEST_KEYS - manifest.keys()
    if missing:
        raise PackageError(f"manifest missing keys: {sorted(missing)}")
    return manifest


def stage_package(archive: Path, cycle: str) -> dict:
    dest = STAGING_ROOT / cycle / archive.stem.split(".")[0]
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    _unpack(archive, dest)
    manifest = _read_manifest(dest)
    if manifest["cycle"] != cycle:
        raise PackageError(f"package is for cycle {manifest['cycle']}, expected {cycle}")
    log.info("staged %d items from %s", len(manifest["items"]), manifest["provider"])
    return manifest
