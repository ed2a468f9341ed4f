"""Find duplicate photographs in the restoration photo library.

Technicians often upload the same dial shot from the bench tablet and again
from the camera card; this job groups identical files so the duplicates can
be dropped from the condition reports.
"""
import argparse
import hashlib
import os
from collections import defaultdict
from pathlib import Path

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}
CHUNK = 1 << 20


def file_fingerprint(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def candidate_files(root: Path):
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            p = Path(dirpath, name)
            if p.suffix.lower() in IMAGE_SUFFIXES:
                yield p


def group_duplicates(root: Path) -> dict[str, list[Path]]:
    by_size: dict[int, list[Path]] = defaultdict(list)
    for p in candidate_files(root):
        by_size[p.stat().st_size].append(p)
    groups: dict[str, list[Path]] = defaultdict(list)
    for same_size in (paths for paths in by_size.values() if len(paths) > 1):
        for p in same_size:
            groups[file_fingerprint(p)].append(p)
    return {h: sorted(ps) for h, ps in groups.items() if len(ps) > 1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path)
    parser.add_argument("--delete", action="store_true", help="remove all but the oldest copy")
    args = parser.parse_args()
    groups = group_duplicates(args.root)
    freed = 0
    for fingerprint, paths in groups.items():
        keep, *extra = sorted(paths, key=lambda p: p.stat().st_mtime)
        print(f"{fingerprint}  keep {keep}")
        for p in extra:
            print(f"{'':32}  dup  {p}")
            if args.delete:
                freed += p.stat().st_size
                p.unlink()
    print(f"{len(groups)} duplicate groups, {freed / 1e6:.1f} MB freed")


if __name__ == "__main__":
    main()
