"""Find duplicate scans in the image library.

Photographers re-upload the same high-resolution TIFF under different stock
references fairly often; this job groups identical files so the catalogue
team can merge them.
"""
import argparse
import hashlib
import json
from collections import defaultdict
from pathlib import Path

CHUNK = 1 << 20
IMAGE_SUFFIXES = {".tif", ".tiff", ".jpg", ".jpeg", ".png"}


def file_fingerprint(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def iter_images(root: Path):
    for p in root.rglob("*"):
        if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES:
            yield p


def group_duplicates(root: Path) -> dict[str, list[str]]:
    by_size: dict[int, list[Path]] = defaultdict(list)
    for img in iter_images(root):
        by_size[img.stat().st_size].append(img)

    groups: dict[str, list[str]] = defaultdict(list)
    for same_size in by_size.values():
        if len(same_size) < 2:
            continue
        for img in same_size:
            groups[file_fingerprint(img)].append(str(img.relative_to(root)))
    return {k: sorted(v) for k, v in groups.items() if len(v) > 1}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("library", type=Path, help="root of the scan library")
    parser.add_argument("--out", type=Path, default=Path("duplicates.json"))
    args = parser.parse_args(argv)

    dupes = group_duplicates(args.library)
    args.out.write_text(json.dumps(dupes, indent=2))
    print(f"{len(dupes)} duplicate groups written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
