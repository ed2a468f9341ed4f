"""Imports floor-plan bundles uploaded by space designers.

A bundle is a zip with an SVG per floor plus a ``desks.json`` manifest; it is
unpacked into the site's asset folder which the booking UI serves statically.
"""
from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path
from typing import BinaryIO

ASSET_ROOT = Path(os.environ.get("FLOORPLAN_ASSET_ROOT", "/srv/booking/static/floorplans"))
ALLOWED_SUFFIXES = {".svg", ".json", ".png"}


class BundleError(Exception):
    pass


def _site_folder(site_code: str) -> Path:
    if not site_code.isalnum():
        raise BundleError("invalid site code")
    folder = ASSET_ROOT / site_code.lower()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _unpack(bundle: zipfile.ZipFile, destination: Path) -> list[str]:
    written: list[str] = []
    for info in bundle.infolist():
        if info.is_dir() or Path(info.filename).suffix.lower() not in ALLOWED_SUFFIXES:
            continue
        target = os.path.join(destination, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with bundle.open(info) as source, open(target, "wb") as sink:
            shutil.copyfileobj(source, sink)
        written.append(info.filename)
    return written


def import_bundle(site_code: str, upload: BinaryIO) -> dict:
    destination = _site_folder(site_code)
    with zipfile.ZipFile(upload) as bundle:
        if "desks.json" not in bundle.namelist():
            raise BundleError("bundle has no desks.json manifest")
        manifest = json.loads(bundle.read("desks.json"))
        files = _unpack(bundle, destination)
    return {
        "site": site_code,
        "floors": len(manifest.get("floors", [])),
        "desks": sum(len(f.get("desks", [])) for f in manifest.get("floors", [])),
        "files": files,
    }
