"""Loads the annual tide-table bundle published by the hydrographic office.

The bundle is a zip of per-station CSV files plus a manifest. It is
uploaded by the marine services officer through the admin console and
unpacked into the tide data directory used by the passage planner.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import zipfile
from pathlib import Path

TIDE_DATA_DIR = Path(os.environ.get("TIDE_DATA_DIR", "/var/lib/harbourpilots/tides"))


class BundleError(Exception):
    pass


def unpack_bundle(archive_path: str, year: int) -> Path:
    target_root = TIDE_DATA_DIR / str(year)
    target_root.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive_path) as zf:
        if "manifest.json" not in zf.namelist():
            raise BundleError("bundle has no manifest.json")
        for member in zf.infolist():
            if member.is_dir():
                continue
            destination = os.path.join(target_root, member.filename)
            os.makedirs(os.path.dirname(destination), exist_ok=True)
            with zf.open(member) as src, open(destination, "wb") as dst:
                shutil.copyfileobj(src, dst)
    return target_root


def load_manifest(root: Path) -> dict:
    with open(root / "manifest.json", encoding="utf-8") as fh:
        manifest = json.load(fh)
    if "stations" not in manifest:
        raise BundleError("manifest lists no stations")
    return manifest


def station_extremes(root: Path, station_code: str) -> list[dict]:
    manifest = load_manifest(root)
    entry = manifest["stations"].get(station_code)
    if entry is None:
        raise BundleError(f"unknown station {station_code}")
    rows = []
    with open(root / Path(entry["file"]).name, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rows.append({"time": row["datetime"], "height": float(row["height_m"]),
                         "type": row["hw_lw"]})
    return rows


def install(archive_path: str, year: int) -> int:
    root = unpack_bundle(archive_path, year)
    manifest = load_manifest(root)
    return len(manifest["stations"])
