"""Deduplicate knitting pattern uploads before they are queued for the machines.

Designers often re-upload the same jacquard chart under a new name; the
knitting controllers only need one copy, keyed by content.
"""
import argparse
import hashlib
import logging
import shutil
from collections import defaultdict
from pathlib import Path

log = logging.getLogger("hosier.patterns.dedupe")

CHUNK = 1 << 16
PATTERN_SUFFIXES = {".dat", ".kcp", ".png", ".bmp"}


def content_key(path: Path) -> str:
    h = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def group_duplicates(root: Path) -> dict[str, list[Path]]:
    groups: dict[str, list[Path]] = defaultdict(list)
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix.lower() in PATTERN_SUFFIXES:
            groups[content_key(p)].append(p)
    return {k: v for k, v in groups.items() if len(v) > 1}


def collapse(root: Path, archive: Path, dry_run: bool = True) -> int:
    moved = 0
    for key, paths in group_duplicates(root).items():
        keeper, *extras = sorted(paths, key=lambda p: p.stat().st_mtime)
        log.info("pattern %s kept as %s (%d duplicates)", key[:10], keeper.name, len(extras))
        for dup in extras:
            target = archive / key / dup.name
            if dry_run:
                log.info("would move %s -> %s", dup, target)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(dup), target)
            moved += 1
    return moved


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("root", type=Path)
    ap.add_argument("--archive", type=Path, default=Path("/srv/hosier/pattern-archive"))
    ap.add_argument("--apply", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    n = collapse(args.root, args.archive, dry_run=not args.apply)
    log.info("moved %d duplicate pattern files", n)


if __name__ == "__main__":
    main()
