"""Restores a past season's show archive (cue files, music stems, scripts).

Archives are tarballs written by the end-of-season job; restore is used
when an act is revived for a new tour.
"""
from __future__ import annotations

import logging
import tarfile
from pathlib import Path
from typing import Iterator

log = logging.getLogger("archive.restore")

MAX_MEMBER_BYTES = 2 * 1024 ** 3


def _vetted_members(tar: tarfile.TarFile, dest: Path) -> Iterator[tarfile.TarInfo]:
    root = dest.resolve()
    for member in tar.getmembers():
        if not (member.isfile() or member.isdir()):
            log.warning("skipping non-regular member %s", member.name)
            continue
        target = (root / member.name).resolve()
        if not target.is_relative_to(root):
            log.warning("skipping member outside archive root: %s", member.name)
            continue
        if member.size > MAX_MEMBER_BYTES:
            log.warning("skipping oversized member %s", member.name)
            continue
        yield member


def restore(archive: Path, dest: Path) -> list[str]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:*") as tar:
        members = list(_vetted_members(tar, dest))
        tar.extractall(dest, members=members, filter="data")
    restored = [m.name for m in members if m.isfile()]
    log.info("restored %d files from %s", len(restored), archive.name)
    return restored


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Restore a season archive")
    parser.add_argument("archive", type=Path)
    parser.add_argument("dest", type=Path)
    args = parser.parse_args()
    for name in restore(args.archive, args.dest):
        print(name)
