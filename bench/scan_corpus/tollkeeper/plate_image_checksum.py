"""Content fingerprints for plate-read images captured at gantries.

Cameras sometimes upload the same frame twice after a network blip; the
ingest worker uses a content digest to drop duplicates before OCR.
"""
import hashlib
from pathlib import Path

from tollkeeper.config import settings
from tollkeeper.storage import image_index

CHUNK_SIZE = 1 << 16


def image_digest(path: Path, algorithm: str = "sha256") -> str:
    h = hashlib.new(algorithm)
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            h.update(chunk)
    return h.hexdigest()


def register_capture(gantry_id: str, path: Path) -> bool:
    """Record a capture; return False when the identical image was seen already."""
    digest = image_digest(path)
    if image_index.exists(digest):
        path.unlink(missing_ok=True)
        return False
    image_index.add(
        digest=digest,
        gantry_id=gantry_id,
        size=path.stat().st_size,
        stored_at=str(path.relative_to(settings.PLATE_IMAGE_ROOT)),
    )
    return True


def scan_spool(spool_dir: Path) -> dict[str, int]:
    stats = {"new": 0, "duplicate": 0}
    for gantry_dir in sorted(p for p in spool_dir.iterdir() if p.is_dir()):
        for image in sorted(gantry_dir.glob("*.jpg")):
            if register_capture(gantry_dir.name, image):
                stats["new"] += 1
            else:
                stats["duplicate"] += 1
    return stats
