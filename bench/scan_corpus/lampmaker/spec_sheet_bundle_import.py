"""Unpack manufacturer spec-sheet bundles into the parts catalogue library.

Manufacturers send a zip of PDF data sheets and wiring diagrams for
each new range; staff upload it through the admin and the files are
made available on the part pages.
"""
import logging
import os
import zipfile
from dataclasses import dataclass, field
from typing import List

log = logging.getLogger("catalogue.specsheets")

LIBRARY_ROOT = os.environ.get("SPEC_LIBRARY", "/srv/lampmaker/spec-sheets")
KEEP_EXTENSIONS = (".pdf", ".png", ".jpg", ".svg")


@dataclass
class ImportResult:
    manufacturer: str
    written: List[str] = field(default_factory=list)
    skipped: List[str] = field(default_factory=list)


def _manufacturer_dir(manufacturer: str) -> str:
    slug = "".join(c for c in manufacturer.lower() if c.isalnum() or c == "-")
    path = os.path.join(LIBRARY_ROOT, slug or "unknown")
    os.makedirs(path, exist_ok=True)
    return path


def _write_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target_dir: str) -> str:
    dest = os.path.join(target_dir, info.filename)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    with zf.open(info) as src, open(dest, "wb") as out:
        while chunk := src.read(1 << 16):
            out.write(chunk)
    return dest


def import_bundle(bundle_path: str, manufacturer: str) -> ImportResult:
    result = ImportResult(manufacturer=manufacturer)
    target = _manufacturer_dir(manufacturer)
    with zipfile.ZipFile(bundle_path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            if not info.filename.lower().endswith(KEEP_EXTENSIONS):
                result.skipped.append(info.filename)
                continue
            result.written.append(_write_member(zf, info, target))
    log.info(
        "%s bundle: %d files written, %d skipped",
        manufacturer, len(result.written), len(result.skipped),
    )
    return result
