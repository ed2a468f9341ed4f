"""Import quarterly stock-take bundles from satellite stores.

Store leads upload a zip of per-aisle CSV counts through the coordinator
portal; the files are unpacked into a working folder and loaded into the
stock-take staging tables.
"""
from __future__ import annotations

import csv
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

STAGING_ROOT = Path(os.environ.get("STOCKTAKE_STAGING", "/srv/foodbank/stocktake"))
ALLOWED_SUFFIXES = (".csv", ".txt")
MAX_MEMBERS = 500


@dataclass
class CountRow:
    aisle: str
    sku: str
    counted: int


def _wanted(info: zipfile.ZipInfo) -> bool:
    return not info.is_dir() and info.filename.lower().endswith(ALLOWED_SUFFIXES)


def unpack_bundle(bundle: Path, store_code: str) -> list[Path]:
    dest = STAGING_ROOT / store_code
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(bundle) as zf:
        members = [i for i in zf.infolist() if _wanted(i)][:MAX_MEMBERS]
        for info in members:
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(Path(target))
    return written


def read_counts(files: list[Path]) -> list[CountRow]:
    rows: list[CountRow] = []
    for path in files:
        if path.suffix.lower() != ".csv":
            continue
        with path.open(newline="", encoding="utf-8") as fh:
            for rec in csv.DictReader(fh):
                rows.append(CountRow(rec["aisle"], rec["sku"], int(rec["counted"])))
    return rows


def import_bundle(bundle: Path, store_code: str) -> int:
    return len(read_counts(unpack_bundle(bundle, store_code)))
