"""Import calibration bundles uploaded by instrument teams.

A bundle is a zip of master bias/dark/flat frames plus a manifest.json;
after import the frames become available to the reduction pipeline.
"""
import json
import os
import re
import shutil
import zipfile
from pathlib import Path

CALIB_ROOT = Path(os.environ.get("CALIB_ROOT", "/data/calib"))
ALLOWED_SUFFIXES = {".fits", ".fz", ".json"}
EPOCH_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _unpack(bundle: zipfile.ZipFile, dest: str) -> list[str]:
    written = []
    for info in bundle.infolist():
        if info.is_dir() or os.path.splitext(info.filename)[1] not in ALLOWED_SUFFIXES:
            continue
        target = os.path.join(dest, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with bundle.open(info) as src, open(target, "wb") as out:
            shutil.copyfileobj(src, out)
        written.append(target)
    return written


def import_bundle(upload_path: Path, instrument: str) -> dict:
    if instrument not in {"imager", "spectrograph", "nir-camera"}:
        raise ValueError(f"unknown instrument {instrument!r}")

    with zipfile.ZipFile(upload_path) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
        if not EPOCH_RE.match(str(manifest.get("epoch", ""))):
            raise ValueError("manifest epoch must be YYYY-MM-DD")
        dest = CALIB_ROOT / instrument / manifest["epoch"]
        if dest.exists():
            raise FileExistsError(f"calibration epoch {manifest['epoch']} already imported")
        files = _unpack(bundle, str(dest))

    return {"instrument": instrument, "epoch": manifest["epoch"], "files": len(files)}
