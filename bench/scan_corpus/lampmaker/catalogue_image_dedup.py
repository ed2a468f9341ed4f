"""Deduplicate product photos uploaded to the parts catalogue.

Photographers often re-upload the same shot of a lampholder or a flex
colour under a different name; images are keyed by content digest so
only one copy is kept per picture.
"""
import hashlib
import logging
from pathlib import Path
from typing import Dict, Iterable, List

log = logging.getLogger("catalogue.images")

CHUNK = 1 << 16
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def content_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def iter_images(root: Path) -> Iterable[Path]:
    return (p for p in sorted(root.rglob("*")) if p.suffix.lower() in IMAGE_SUFFIXES)


def group_duplicates(root: Path) -> Dict[str, List[Path]]:
    groups: Dict[str, List[Path]] = {}
    for img in iter_images(root):
        groups.setdefault(content_digest(img), []).append(img)
    return {digest: paths for digest, paths in groups.items() if len(paths) > 1}


def collapse(root: Path, dry_run: bool = True) -> int:
    """Keep the oldest file of each duplicate group and remove the rest."""
    removed = 0
    for digest, paths in group_duplicates(root).items():
        keep, *extra = sorted(paths, key=lambda p: p.stat().st_mtime)
        for dup in extra:
            log.info("duplicate of %s (%s): %s", keep.name, digest[:12], dup)
            if not dry_run:
                dup.unlink()
            removed += 1
    return removed


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="Remove duplicate catalogue photos")
    ap.add_argument("root", type=Path)
    ap.add_argument("--apply", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    print(f"{collapse(args.root, dry_run=not args.apply)} duplicate photos")
