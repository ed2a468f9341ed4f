"""Restore a venue's media (dish photos, menu PDFs, floor plans) from a
backup archive when a site is cloned for a new opening."""
from __future__ import annotations

import argparse
import tarfile
from pathlib import Path


def restore(archive: Path, target_root: Path) -> int:
    target_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:*") as tar:
        members = [m for m in tar.getmembers() if m.isfile() or m.isdir()]
        tar.extractall(target_root, members=members, filter="data")
    return sum(1 for m in members if m.isfile())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("venue_media_dir", type=Path)
    args = parser.parse_args()
    count = restore(args.archive, args.venue_media_dir)
    print(f"restored {count} files into {args.venue_media_dir}")


if __name__ == "__main__":
    main()
