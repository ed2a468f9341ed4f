"""Unpacks UI asset packs (fonts, icons, translations) for the kiosk UI.

Asset packs are tar.gz files downloaded from the content CDN. Requires
Python >= 3.11.4 for tarfile extraction filters.
"""
from __future__ import annotations

import hashlib
import shutil
import tarfile
import tempfile
from pathlib import Path

ASSET_ROOT = Path("/var/lib/kiosk/ui-assets")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def extract_pack(archive: Path, pack_name: str, asset_root: Path = ASSET_ROOT) -> Path:
    if not pack_name.isidentifier():
        raise ValueError(f"invalid pack name {pack_name!r}")
    target = asset_root / pack_name
    with tempfile.TemporaryDirectory(dir=asset_root, prefix=".extract-") as tmp:
        staging = Path(tmp) / "pack"
        staging.mkdir()
        with tarfile.open(archive, mode="r:gz") as tar:
            tar.extractall(staging, filter="data")
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
    return target


def installed_packs(asset_root: Path = ASSET_ROOT) -> list[str]:
    return sorted(p.name for p in asset_root.iterdir() if p.is_dir() and not p.name.startswith("."))
