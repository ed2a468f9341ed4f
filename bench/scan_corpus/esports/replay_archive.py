"""Unpacks replay bundles submitted by teams for dispute review.

When a team files a dispute they attach a .tar.gz with the demo files and
screenshots; admins review them from the dispute page.
"""
import logging
import os
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

REVIEW_ROOT = Path(os.environ.get("DISPUTE_REVIEW_ROOT", "/srv/disputes"))
ALLOWED_SUFFIXES = {".dem", ".png", ".jpg", ".mp4", ".txt"}


def unpack_bundle(upload_path: Path, dispute_id: int) -> list[Path]:
    dest = REVIEW_ROOT / f"dispute-{dispute_id}"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(upload_path, "r:*") as bundle:
        bundle.extractall(dest)
    files = [p for p in dest.rglob("*") if p.is_file()]
    kept = []
    for path in files:
        if path.suffix.lower() in ALLOWED_SUFFIXES:
            kept.append(path)
        else:
            log.info("dropping %s from dispute %s", path.name, dispute_id)
            path.unlink()
    return sorted(kept)


def bundle_summary(dispute_id: int) -> dict:
    dest = REVIEW_ROOT / f"dispute-{dispute_id}"
    demos = sorted(p.name for p in dest.rglob("*.dem"))
    images = sorted(p.name for p in dest.rglob("*") if p.suffix in {".png", ".jpg"})
    return {"dispute": dispute_id, "demos": demos, "images": images}
