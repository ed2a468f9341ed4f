"""Unpacks recipe bundles uploaded from the offline recipe editor.

A bundle is a .tar.gz with ``bundle.json`` plus one file per chamber recipe.
"""
import json
import shutil
import tarfile
import tempfile
from pathlib import Path

MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 200 * 1024 * 1024


class BundleError(ValueError):
    pass


def unpack(upload_path: Path, staging_root: Path) -> tuple[Path, dict]:
    staging = Path(tempfile.mkdtemp(prefix="rcpbundle_", dir=staging_root))
    try:
        with tarfile.open(upload_path, mode="r:gz") as tar:
            members = tar.getmembers()
            if len(members) > MAX_MEMBERS:
                raise BundleError("too many files in bundle")
            if sum(m.size for m in members) > MAX_TOTAL_BYTES:
                raise BundleError("bundle too large")
            tar.extractall(path=staging, members=members, filter="data")
        meta = json.loads((staging / "bundle.json").read_text())
    except (tarfile.TarError, OSError, json.JSONDecodeError, BundleError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise BundleError(f"cannot unpack recipe bundle: {exc}") from exc
    return staging, meta
