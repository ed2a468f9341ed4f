"""Unpack log bundles uploaded by delivery van tablets at the end of a shift.

A bundle is a tar.gz of GPS traces, fridge temperature logs and proof-of-
delivery photos. Bundles are unpacked for the fleet team to review.
"""
from __future__ import annotations

import logging
import os
import tarfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("fleet.bundles")

BUNDLE_ROOT = Path(os.environ.get("VAN_BUNDLE_ROOT", "/srv/foodbank/van-bundles"))
MAX_BUNDLE_BYTES = 200 * 1024 * 1024


@dataclass
class UnpackedBundle:
    van_reg: str
    shift_date: str
    folder: Path
    files: list[Path]


def _bundle_folder(van_reg: str, shift_date: str) -> Path:
    clean_reg = "".join(ch for ch in van_reg.upper() if ch.isalnum())
    clean_date = "".join(ch for ch in shift_date if ch.isdigit())[:8]
    if not clean_reg or len(clean_date) != 8:
        raise ValueError("invalid van registration or shift date")
    return BUNDLE_ROOT / clean_reg / clean_date


def unpack(archive: Path, van_reg: str, shift_date: str) -> UnpackedBundle:
    if archive.stat().st_size > MAX_BUNDLE_BYTES:
        raise ValueError("bundle too large")
    folder = _bundle_folder(van_reg, shift_date)
    folder.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:gz") as tar:
        tar.extractall(path=folder, filter="data")
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    log.info("unpacked %d files for %s on %s", len(files), van_reg, shift_date)
    return UnpackedBundle(van_reg, shift_date, folder, files)


def fridge_logs(bundle: UnpackedBundle) -> list[Path]:
    return [p for p in bundle.files if p.parent.name == "fridge" and p.suffix == ".csv"]
