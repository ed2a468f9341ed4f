"""Import of records bundles sent by partner newsrooms.

Partners in the shared FOIA library send a .tar.gz of documents plus a
manifest.json. Bundles are unpacked into a per-import staging folder and
checked against the manifest before anything is published.
"""
import json
import logging
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

STAGING_ROOT = Path("/srv/library/staging")
ALLOWED_SUFFIXES = {".pdf", ".csv", ".xlsx", ".txt", ".eml", ".json"}


class BundleError(Exception):
    pass


def unpack_bundle(archive_path: Path) -> Path:
    STAGING_ROOT.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="bundle-", dir=STAGING_ROOT))
    with tarfile.open(archive_path, mode="r:gz") as tar:
        tar.extractall(path=staging, filter="data")
    return staging


def check_manifest(staging: Path) -> list[dict]:
    manifest_path = staging / "manifest.json"
    if not manifest_path.is_file():
        raise BundleError("bundle has no manifest.json")
    entries = json.loads(manifest_path.read_text())["documents"]
    present = {p.relative_to(staging).as_posix() for p in staging.rglob("*") if p.is_file()}
    for entry in entries:
        if entry["path"] not in present:
            raise BundleError(f"manifest lists missing file {entry['path']}")
        if Path(entry["path"]).suffix.lower() not in ALLOWED_SUFFIXES:
            raise BundleError(f"unsupported file type {entry['path']}")
    return entries


def import_bundle(archive_path: Path) -> tuple[Path, list[dict]]:
    staging = unpack_bundle(archive_path)
    entries = check_manifest(staging)
    log.info("staged %d documents from %s in %s", len(entries), archive_path.name, staging)
    return staging, entries
