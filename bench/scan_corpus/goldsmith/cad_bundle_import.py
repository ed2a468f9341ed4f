"""Imports CAD bundles sent by our freelance CAD designers.

A bundle is a zip containing the STL/3DM models, renders and a notes file
for a commission; it is unpacked into the commission's working folder.
"""
import logging
import os
import zipfile
from pathlib import Path

log = logging.getLogger("atelier.cad")

CAD_ROOT = Path(os.environ.get("CAD_ROOT", "/srv/atelier/cad"))
MODEL_SUFFIXES = {".stl", ".3dm", ".obj", ".step"}
MAX_BUNDLE_BYTES = 200 * 1024 * 1024


def commission_folder(commission_ref: str) -> Path:
    if not commission_ref.isalnum():
        raise ValueError("commission reference must be alphanumeric")
    folder = CAD_ROOT / commission_ref
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def unpack_bundle(bundle_path: Path, commission_ref: str) -> list:
    if bundle_path.stat().st_size > MAX_BUNDLE_BYTES:
        raise ValueError("CAD bundle is too large")
    dest = commission_folder(commission_ref)
    written = []
    with zipfile.ZipFile(bundle_path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                out.write(src.read())
            written.append(Path(target))
    log.info("unpacked %d files for commission %s", len(written), commission_ref)
    return written


def models_in(files: list) -> list:
    return [f for f in files if f.suffix.lower() in MODEL_SUFFIXES]


def import_from_designer(upload_path: str, commission_ref: str) -> dict:
    files = unpack_bundle(Path(upload_path), commission_ref)
    models = models_in(files)
    return {
        "commission": commission_ref,
        "files": len(files),
        "models": [m.name for m in models],
    }
