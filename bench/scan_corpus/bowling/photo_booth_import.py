"""Pull photo-booth session bundles into the party photo gallery.

The photo booth in the party room uploads a .tar.gz per party; we unpack it
under the gallery root keyed by the party booking id.
"""
from __future__ import annotations

import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

GALLERY_ROOT = Path("/srv/gallery/parties")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".mp4"}


def _photo_members(tar: tarfile.TarFile) -> list[tarfile.TarInfo]:
    return [m for m in tar.getmembers() if m.isfile() and Path(m.name).suffix.lower() in IMAGE_SUFFIXES]


def import_bundle(bundle: Path, booking_id: int) -> int:
    dest = GALLERY_ROOT / str(int(booking_id))
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, mode="r:gz") as tar:
        members = _photo_members(tar)
        tar.extractall(path=dest, members=members, filter="data")
    log.info("imported %d photo-booth files for booking %s", len(members), booking_id)
    return len(members)
