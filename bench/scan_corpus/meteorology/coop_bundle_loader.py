"""Loads observation bundles uploaded by cooperative observers."""
import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from .loader import load_daily_csv

MAX_MEMBERS = 400


def unpack_bundle(upload_path: Path) -> Path:
    workdir = Path(tempfile.mkdtemp(prefix="coop-bundle-"))
    with tarfile.open(upload_path, mode="r:gz") as tf:
        if len(tf.getmembers()) > MAX_MEMBERS:
            raise ValueError("bundle has too many files")
        tf.extractall(workdir, filter="data")
    return workdir


def load_bundle(observer_id: str, upload_path: Path) -> int:
    workdir = unpack_bundle(upload_path)
    try:
        manifest = json.loads((workdir / "manifest.json").read_text())
        if manifest.get("observer_id") != observer_id:
            raise ValueError("bundle belongs to a different observer")
        return sum(load_daily_csv(observer_id, p) for p in sorted(workdir.glob("*.csv")))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
