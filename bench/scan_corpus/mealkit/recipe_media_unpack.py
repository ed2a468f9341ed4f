"""Unpacks recipe step-photo archives delivered by the photo studio.

    python -m media.recipe_media_unpack 2024-W19 /incoming/2024-W19.tar.gz
"""
from __future__ import annotations

import argparse
import os
import tarfile
from pathlib import Path

MEDIA_ROOT = Path(os.environ.get("RECIPE_MEDIA_ROOT", "/srv/media/recipes"))
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}
MAX_MEMBER_BYTES = 25 * 1024 * 1024


def _wanted(member: tarfile.TarInfo) -> bool:
    return (
        member.isfile()
        and Path(member.name).suffix.lower() in ALLOWED_SUFFIXES
        and member.size <= MAX_MEMBER_BYTES
    )


def unpack(week: str, archive: Path) -> int:
    target = MEDIA_ROOT / week
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:*") as tar:
        members = [m for m in tar.getmembers() if _wanted(m)]
        tar.extractall(path=target, members=members, filter="data")
    return len(members)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("week", help="menu week, e.g. 2024-W19")
    parser.add_argument("archive", type=Path)
    args = parser.parse_args()
    if not args.week.replace("-W", "").isdigit():
        parser.error("week must look like 2024-W19")
    count = unpack(args.week, args.archive)
    print(f"unpacked {count} images into {MEDIA_ROOT / args.week}")


if __name__ == "__main__":
    main()
