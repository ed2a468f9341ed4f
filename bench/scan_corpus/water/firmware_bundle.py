"""Stage meter-radio firmware bundles for the over-the-air update scheduler.

Vendors publish bundles as .tar.gz files; the AMI team uploads them through
the ops console and this module unpacks them next to their manifest.
"""
import hashlib
import hmac
import json
import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

STAGING_ROOT = Path("/srv/ota/staging")


class BundleError(Exception):
    pass


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def stage_bundle(archive: Path, expected_sha256: str) -> dict:
    digest = sha256_file(archive)
    if not hmac.compare_digest(digest, expected_sha256.lower()):
        raise BundleError(f"checksum mismatch for {archive.name}")

    dest = STAGING_ROOT / digest[:16]
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(dest)

    manifest_path = dest / "manifest.json"
    if not manifest_path.is_file():
        raise BundleError("bundle has no manifest.json")
    manifest = json.loads(manifest_path.read_text())
    log.info(
        "staged firmware %s %s for %d radio models",
        manifest.get("vendor"),
        manifest.get("version"),
        len(manifest.get("models", [])),
    )
    return {"path": str(dest), "manifest": manifest}
