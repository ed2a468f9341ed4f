"""Unpacks tournament result archives sent by visiting clubs.

Visiting team managers e-mail a ZIP with their archers' signed scoresheets
and the team entry form. The archive is unpacked into the tournament's
inbox folder for the judges to review.
"""
from __future__ import annotations

import logging
import shutil
import zipfile
from pathlib import Path
from typing import List

log = logging.getLogger(__name__)

MAX_FILES = 200
MAX_UNPACKED_BYTES = 200 * 1024 * 1024


class UnsafeArchiveError(ValueError):
    pass


def _safe_destination(base: Path, member_name: str) -> Path:
    destination = (base / member_name).resolve()
    if not destination.is_relative_to(base):
        raise UnsafeArchiveError(f"Archive member escapes the inbox: {member_name!r}")
    return destination


def unpack_results(archive: Path, tournament_inbox: Path, club_code: str) -> List[Path]:
    base = (tournament_inbox / club_code).resolve()
    base.mkdir(parents=True, exist_ok=True)
    written: List[Path] = []
    with zipfile.ZipFile(archive) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_FILES:
            raise UnsafeArchiveError("Too many files in archive")
        if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
            raise UnsafeArchiveError("Archive too large when unpacked")
        for info in infos:
            destination = _safe_destination(base, info.filename)
            destination.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, destination.open("wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(destination)
    log.info("Unpacked %d files from %s for club %s", len(written), archive.name, club_code)
    return written


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Unpack a visiting club's results archive")
    parser.add_argument("archive", type=Path)
    parser.add_argument("inbox", type=Path)
    parser.add_argument("club_code")
    args = parser.parse_args()
    for path in unpack_results(args.archive, args.inbox, args.club_code):
        print(path)
