"""Unpack handout archives that tutors upload for their lace classes."""

from __future__ import annotations

import logging
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_FILES = 100
MAX_UNPACKED = 100 * 1024 * 1024
HANDOUT_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".svg"}


class UnsafeArchiveError(ValueError):
    pass


def _safe_target(dest_root: Path, member_name: str) -> Path:
    target = (dest_root / member_name).resolve()
    if not target.is_relative_to(dest_root):
        raise UnsafeArchiveError(f"archive member escapes destination: {member_name!r}")
    return target


def unpack_handouts(archive: Path, class_id: int, handout_root: Path) -> list[Path]:
    dest_root = (handout_root / f"class-{int(class_id)}").resolve()
    dest_root.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(archive) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_FILES:
            raise UnsafeArchiveError("too many files in archive")
        if sum(i.file_size for i in infos) > MAX_UNPACKED:
            raise UnsafeArchiveError("archive unpacks too large")
        for info in infos:
            if Path(info.filename).suffix.lower() not in HANDOUT_SUFFIXES:
                continue
            target = _safe_target(dest_root, info.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(target)
    log.info("unpacked %d handouts for class %s", len(written), class_id)
    return written


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Unpack a class handout archive")
    parser.add_argument("archive", type=Path)
    parser.add_argument("class_id", type=int)
    parser.add_argument("--root", type=Path, default=Path("/srv/lacecoop/handouts"))
    args = parser.parse_args()
    for path in unpack_handouts(args.archive, args.class_id, args.root):
        print(path)
