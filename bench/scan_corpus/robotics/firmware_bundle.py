"""Unpacks firmware bundles before they are staged for an OTA rollout.

Bundles are uploaded through the release page of the console (by our
release engineers or by component vendors) as a zip holding
``manifest.json``, ``manifest.sig`` and the component images.
The signature check runs on the unpacked directory.
"""
import json
import shutil
import zipfile
from pathlib import Path

CHUNK = 1 << 20


def unpack_bundle(bundle_path: Path, staging_root: Path) -> Path:
    dest = staging_root / bundle_path.stem
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(bundle_path) as zf:
        for info in zf.infolist():
            target = dest / info.filename
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out, CHUNK)
    return dest


def load_manifest(bundle_dir: Path) -> dict:
    with open(bundle_dir / "manifest.json", "r", encoding="utf-8") as fh:
        manifest = json.load(fh)
    for component in manifest.get("components", []):
        image = bundle_dir / component["file"]
        if not image.is_file():
            raise FileNotFoundError(f"bundle is missing {component['file']}")
    return manifest
