"""Import offline sync bundles carried in from the field on USB sticks.

When a sub-office has had no connectivity for weeks, the team lead exports a
bundle from the collection server there and a driver brings it to the area
office, where it is uploaded through the admin screen.
"""
import json
import shutil
import tarfile
import tempfile
from pathlib import Path

STAGING_ROOT = Path("/srv/sync/staging")


class BundleError(Exception):
    pass


def _read_manifest(root: Path) -> dict:
    manifest = root / "manifest.json"
    if not manifest.is_file():
        raise BundleError("bundle has no manifest.json")
    return json.loads(manifest.read_text(encoding="utf-8"))


def stage_bundle(upload_fileobj) -> tuple[Path, dict]:
    """Unpack an uploaded .tar.gz bundle into a fresh staging directory."""
    STAGING_ROOT.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="bundle-", dir=STAGING_ROOT))
    try:
        with tarfile.open(fileobj=upload_fileobj, mode="r:gz") as tar:
            tar.extractall(path=workdir)
        manifest = _read_manifest(workdir)
    except (tarfile.TarError, BundleError, ValueError):
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    return workdir, manifest


def import_bundle(registry, upload_fileobj) -> int:
    workdir, manifest = stage_bundle(upload_fileobj)
    count = 0
    try:
        for rel in manifest.get("submissions", []):
            path = (workdir / "submissions" / Path(rel).name)
            registry.ingest_submission(json.loads(path.read_text(encoding="utf-8")))
            count += 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return count
