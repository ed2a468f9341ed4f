"""Import zipped artwork bundles that customers upload with a new order.

A bundle usually holds the vector artwork, font files and a reference
photo of the site; everything is unpacked into the order's working folder.
"""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 500 * 1024 * 1024


@dataclass
class ImportResult:
    order_id: int
    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _member_target(dest: Path, member: zipfile.ZipInfo) -> str:
    return os.path.join(dest, member.filename)


def import_bundle(order_id: int, bundle_path: Path, work_root: Path) -> ImportResult:
    dest = work_root / f"order-{order_id}" / "artwork"
    dest.mkdir(parents=True, exist_ok=True)
    result = ImportResult(order_id=order_id)

    with zipfile.ZipFile(bundle_path) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS:
            raise ValueError("bundle has too many files")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise ValueError("bundle is too large when unpacked")

        for member in members:
            if member.is_dir():
                continue
            if member.filename.startswith("__MACOSX/"):
                result.skipped.append(member.filename)
                continue
            target = _member_target(dest, member)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            result.files.append(member.filename)

    log.info("imported %d files for order %s", len(result.files), order_id)
    return result
