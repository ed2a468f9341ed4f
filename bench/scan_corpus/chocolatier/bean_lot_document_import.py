"""Unpacks document bundles that arrive with each cocoa bean shipment.

The importer sends a ZIP per container: bill of lading, phytosanitary
certificate, fermentation logs and cut-test photos. Files are unpacked into
the lot's folder in the traceability archive.
"""
from __future__ import annotations

import logging
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("chocolatier.lots")

ARCHIVE_ROOT = Path("/srv/traceability/lots")
MAX_BUNDLE_BYTES = 200 * 1024 * 1024


@dataclass
class ImportResult:
    lot_code: str
    files: list[str]
    bytes_written: int


def _lot_folder(lot_code: str) -> Path:
    if not lot_code.replace("-", "").isalnum():
        raise ValueError(f"invalid lot code {lot_code!r}")
    folder = ARCHIVE_ROOT / lot_code
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _copy_member(bundle: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> int:
    target.parent.mkdir(parents=True, exist_ok=True)
    with bundle.open(info) as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return info.file_size


def import_bundle(lot_code: str, bundle_path: Path) -> ImportResult:
    folder = _lot_folder(lot_code)
    written, names = 0, []
    with zipfile.ZipFile(bundle_path) as bundle:
        total = sum(info.file_size for info in bundle.infolist())
        if total > MAX_BUNDLE_BYTES:
            raise ValueError("bundle too large")
        for info in bundle.infolist():
            if info.is_dir():
                continue
            written += _copy_member(bundle, info, folder / info.filename)
            names.append(info.filename)
    log.info("imported %d documents for lot %s", len(names), lot_code)
    return ImportResult(lot_code=lot_code, files=names, bytes_written=written)
