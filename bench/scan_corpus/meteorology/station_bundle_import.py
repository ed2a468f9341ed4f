"""Imports observation bundles uploaded by cooperative observers.

Co-op observers with automated loggers upload a .tar.gz containing one CSV
per day plus a manifest.json; we unpack into a scratch dir and load.
"""
import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from .loader import load_daily_csv


def unpack_bundle(upload_path: Path) -> Path:
    workdir = Path(tempfile.mkdtemp(prefix="coop-bundle-"))
    with tarfile.open(upload_path, mode="r:gz") as tf:
        tf.extractall(workdir)
    return workdir


def import_bundle(observer_id: str, upload_path: Path) -> int:
    workdir = unpack_bundle(upload_path)
    try:
        manifest = json.loads((workdir / "manifest.json").read_text())
        if manifest.get("observer_id") != observer_id:
            raise ValueError("bundle belongs to a different observer")
        loaded = 0
        for csv_path in sorted(workdir.glob("*.csv")):
            loaded += load_daily_csv(observer_id, csv_path)
        return loaded
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
