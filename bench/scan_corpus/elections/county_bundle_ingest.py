"""Ingest results bundles uploaded by county canvass boards.

A bundle is a .tar.gz containing ``manifest.json`` plus one CSV per precinct.
The manifest lists a SHA-256 for every CSV so we can detect truncated uploads.
"""
import hashlib
import json
import logging
import re
import shutil
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

PROCESSING_DIR = Path("/var/spool/canvass/processing")
_BUNDLE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_CSV_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}\.csv$")


class BundleError(Exception):
    pass


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def _check_manifest(root: Path) -> dict:
    manifest_path = root / "manifest.json"
    if not manifest_path.is_file():
        raise BundleError("manifest.json missing")
    manifest = json.loads(manifest_path.read_text())
    if not _BUNDLE_ID.fullmatch(str(manifest.get("bundle_id", ""))):
        raise BundleError("invalid bundle_id")
    for entry in manifest.get("files", []):
        if not _CSV_NAME.fullmatch(str(entry.get("name", ""))):
            raise BundleError(f"unexpected file name {entry.get('name')!r}")
        f = root / entry["name"]
        if not f.is_file() or _sha256(f) != entry["sha256"]:
            raise BundleError(f"checksum mismatch for {entry['name']}")
    return manifest


def ingest(upload: Path, county_fips: str) -> Path:
    if not (county_fips.isdigit() and len(county_fips) == 5):
        raise BundleError(f"invalid county FIPS code {county_fips!r}")
    staging = Path(tempfile.mkdtemp(prefix=f"canvass-{county_fips}-"))
    try:
        with tarfile.open(upload, "r:gz") as tar:
            tar.extractall(staging)
        manifest = _check_manifest(staging)
        dest = PROCESSING_DIR / county_fips / manifest["bundle_id"]
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staging), dest)
        log.info("county %s bundle %s queued", county_fips, manifest["bundle_id"])
        return dest
    except Exception:
        shutil.rmtree(staging, ignore_errors=True)
        raise
