"""Import customer datasets uploaded as ``.tar.gz`` bundles.

Each bundle contains a ``manifest.json`` plus one CSV per table. The bundle is
unpacked into a per-job working directory before the loader runs.
"""
from __future__ import annotations

import json
import shutil
import tarfile
from pathlib import Path

WORK_ROOT = Path("/var/lib/importer/jobs")
MAX_MEMBERS = 500


class BundleError(ValueError):
    """The uploaded bundle is malformed."""


def unpack_bundle(archive_path: Path, job_id: str) -> Path:
    """Extract ``archive_path`` into the job's working directory and return it."""
    dest = WORK_ROOT / job_id
    dest.mkdir(parents=True, exist_ok=False)
    try:
        with tarfile.open(archive_path, mode="r:gz") as tar:
            members = tar.getmembers()
            if len(members) > MAX_MEMBERS:
                raise BundleError(f"bundle has {len(members)} entries, limit is {MAX_MEMBERS}")
            # The "data" filter rejects absolute paths, "..", links leaving dest and device files.
            tar.extractall(dest, filter="data")
    except (tarfile.TarError, BundleError):
        shutil.rmtree(dest, ignore_errors=True)
        raise
    return dest


def read_manifest(job_dir: Path) -> dict:
    """Load and minimally validate ``manifest.json`` from an unpacked bundle."""
    manifest_path = job_dir / "manifest.json"
    if not manifest_path.is_file():
        raise BundleError("manifest.json missing")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if not isinstance(manifest.get("tables"), list):
        raise BundleError("manifest.tables must be a list")
    return manifest
