"""Club artwork bundles for trophy commissions.

Clubs send their crest and the engraving list for a trophy as a zip
(usually exported from their design software) through the club portal.
We unpack it into the commission folder for the engraver to pick up.
"""
import logging
import os
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

COMMISSION_ROOT = Path(os.environ.get("COMMISSION_ROOT", "/srv/pewter/commissions"))
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
ARTWORK_EXT = {".svg", ".ai", ".eps", ".pdf", ".png", ".dxf", ".txt", ".csv"}


def commission_dir(commission_id: int) -> Path:
    path = COMMISSION_ROOT / f"TC{commission_id:05d}" / "artwork"
    path.mkdir(parents=True, exist_ok=True)
    return path


def unpack_bundle(commission_id: int, bundle_path: Path) -> list[str]:
    dest = commission_dir(commission_id)
    written = []
    with zipfile.ZipFile(bundle_path) as zf:
        members = [i for i in zf.infolist() if not i.is_dir()]
        if sum(i.file_size for i in members) > MAX_UNPACKED_BYTES:
            raise ValueError("artwork bundle is too large once unpacked")
        for info in members:
            if Path(info.filename).suffix.lower() not in ARTWORK_EXT:
                log.info("skipping %s in bundle for TC%05d", info.filename, commission_id)
                continue
            target = dest / info.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                while chunk := src.read(64 * 1024):
                    out.write(chunk)
            written.append(info.filename)
    log.info("unpacked %d artwork file(s) for TC%05d", len(written), commission_id)
    return written


def engraving_list(commission_id: int) -> list[str]:
    """Names to engrave, one per line, from the bundle's names.txt if present."""
    names_file = commission_dir(commission_id) / "names.txt"
    if not names_file.is_file():
        return []
    return [ln.strip() for ln in names_file.read_text(encoding="utf-8").splitlines() if ln.strip()]
