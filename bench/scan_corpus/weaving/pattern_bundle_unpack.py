"""Unpacks pattern bundles (PDF, draft files, photos) bought from guest designers."""
from __future__ import annotations

import logging
import os
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger("bundles")

ALLOWED_SUFFIXES = {".pdf", ".wif", ".jpg", ".jpeg", ".png", ".txt"}
MAX_MEMBER_BYTES = 50 * 1024 * 1024


class BundleError(Exception):
    pass


def _check_sizes(zf: zipfile.ZipFile) -> None:
    total = 0
    for info in zf.infolist():
        if info.file_size > MAX_MEMBER_BYTES:
            raise BundleError(f"{info.filename} is too large")
        total += info.file_size
    if total > 4 * MAX_MEMBER_BYTES:
        raise BundleError("bundle too large once unpacked")


def unpack_bundle(archive: Path, library_root: Path, designer: str) -> list[Path]:
    dest = library_root / designer / archive.stem
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(archive) as zf:
        _check_sizes(zf)
        for info in zf.infolist():
            if info.is_dir():
                continue
            if Path(info.filename).suffix.lower() not in ALLOWED_SUFFIXES:
                log.info("skipping %s in %s", info.filename, archive.name)
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(Path(target))
    log.info("unpacked %d files from %s", len(written), archive.name)
    return written


if __name__ == "__main__":
    import sys

    for p in unpack_bundle(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]):
        print(p)
