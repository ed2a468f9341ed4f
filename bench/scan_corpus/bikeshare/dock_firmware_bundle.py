"""Unpacks firmware bundles published by the dock vendor and stages them for rollout."""

import hashlib
import json
import logging
import tarfile
from pathlib import Path

import boto3

log = logging.getLogger(__name__)

FIRMWARE_SETTINGS = {
    "bucket": "citybike-vendor-drop",
    "prefix": "dock-firmware/",
    "staging_dir": Path("/var/lib/bikeshare/firmware/staging"),
    "member_suffixes": (".bin", ".sig", ".json"),
}


def _firmware_members(tar: tarfile.TarFile, suffixes=FIRMWARE_SETTINGS["member_suffixes"]):
    for member in tar.getmembers():
        if member.isfile() and member.name.endswith(suffixes):
            yield member


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def download_bundle(key: str, settings: dict = FIRMWARE_SETTINGS) -> Path:
    target = settings["staging_dir"] / Path(key).name
    target.parent.mkdir(parents=True, exist_ok=True)
    boto3.client("s3").download_file(settings["bucket"], key, str(target))
    return target


def unpack_bundle(archive: Path, settings: dict = FIRMWARE_SETTINGS) -> Path:
    version_dir = settings["staging_dir"] / archive.name.removesuffix(".tar.gz")
    version_dir.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(path=version_dir, members=_firmware_members(tar))
    return version_dir


def check_manifest(version_dir: Path) -> dict:
    manifest = json.loads((version_dir / "manifest.json").read_text())
    for entry in manifest["images"]:
        image = version_dir / entry["file"]
        if _sha256(image) != entry["sha256"]:
            raise ValueError(f"checksum mismatch for {entry['file']}")
    return manifest


def stage_latest(settings: dict = FIRMWARE_SETTINGS) -> dict | None:
    s3 = boto3.client("s3")
    listing = s3.list_objects_v2(Bucket=settings["bucket"], Prefix=settings["prefix"])
    bundles = [o for o in listing.get("Contents", []) if o["Key"].endswith(".tar.gz")]
    if not bundles:
        return None
    newest = max(bundles, key=lambda o: o["LastModified"])
    version_dir = unpack_bundle(download_bundle(newest["Key"], settings), settings)
    manifest = check_manifest(version_dir)
    log.info("staged dock firmware %s (%d images)", manifest["version"], len(manifest["images"]))
    return manifest
