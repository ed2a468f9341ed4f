"""Detect duplicate photos attached to artwork intake tickets.

Staff often photograph the same piece twice at the counter (front and a
retake). We fingerprint the raw bytes so that the ticket only keeps one
copy and the workshop screen does not show near-identical thumbnails.
"""
import hashlib as hl
import logging
from pathlib import Path
from typing import Dict, Iterable, List

log = logging.getLogger("framer.intake.photos")

CHUNK = 64 * 1024


def fingerprint(path: Path) -> str:
    digest = hl.sha1()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def group_duplicates(photos: Iterable[Path]) -> Dict[str, List[Path]]:
    groups: Dict[str, List[Path]] = {}
    for photo in photos:
        groups.setdefault(fingerprint(photo), []).append(photo)
    return {k: v for k, v in groups.items() if len(v) > 1}


def prune_ticket_folder(ticket_dir: Path, dry_run: bool = True) -> int:
    """Keep the oldest copy of each duplicate set and remove the rest."""
    photos = sorted(
        (p for p in ticket_dir.iterdir() if p.suffix.lower() in {".jpg", ".jpeg", ".png", ".heic"}),
        key=lambda p: p.stat().st_mtime,
    )
    removed = 0
    for digest, copies in group_duplicates(photos).items():
        for extra in copies[1:]:
            log.info("ticket %s: duplicate photo %s (%s)", ticket_dir.name, extra.name, digest[:10])
            if not dry_run:
                extra.unlink()
            removed += 1
    return removed


if __name__ == "__main__":
    import sys

    root = Path(sys.argv[1])
    total = sum(prune_ticket_folder(d, dry_run="--apply" not in sys.argv) for d in root.iterdir() if d.is_dir())
    print(f"{total} duplicate photo(s) found")
