"""Find duplicate product photos before they are pushed to the online shop.

Photographers send the same besom shots in several batches; this job groups
identical files so only one copy is uploaded per listing.
"""

import argparse
import hashlib
import sys
from collections import defaultdict
from pathlib import Path
from typing import Dict, Iterable, List

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}
CHUNK = 1 << 16


def file_fingerprint(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def iter_photos(root: Path) -> Iterable[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in PHOTO_SUFFIXES:
            yield path


def group_duplicates(root: Path) -> Dict[str, List[Path]]:
    by_size: Dict[int, List[Path]] = defaultdict(list)
    for photo in iter_photos(root):
        by_size[photo.stat().st_size].append(photo)

    groups: Dict[str, List[Path]] = defaultdict(list)
    for same_size in by_size.values():
        if len(same_size) < 2:
            continue
        for photo in same_size:
            groups[file_fingerprint(photo)].append(photo)
    return {k: v for k, v in groups.items() if len(v) > 1}


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="incoming photo batch folder")
    parser.add_argument("--delete", action="store_true", help="remove all but the first copy")
    args = parser.parse_args(argv)

    dupes = group_duplicates(args.folder)
    for fingerprint, paths in dupes.items():
        keep, *extra = paths
        print(f"{fingerprint[:12]}  keep {keep.name}, {len(extra)} duplicate(s)")
        if args.delete:
            for path in extra:
                path.unlink()
    print(f"{len(dupes)} duplicate group(s) in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
