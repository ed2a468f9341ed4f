"""Store uploaded rigging plots (PDF/DWG) once, keyed by content.

Production managers often re-upload the same venue plot under different
names; we keep one blob per content digest and point revisions at it.
"""
import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CHUNK = 1024 * 1024
BLOB_ROOT = Path("/srv/highline/plot-blobs")


@dataclass
class StoredPlot:
    digest: str
    size: int
    path: Path
    reused: bool


def content_digest(stream: BinaryIO) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    for chunk in iter(lambda: stream.read(CHUNK), b""):
        h.update(chunk)
        size += len(chunk)
    stream.seek(0)
    return h.hexdigest(), size


def blob_path(digest: str, root: Path = BLOB_ROOT) -> Path:
    return root / digest[:2] / digest[2:4] / f"{digest}.bin"


def store_plot(stream: BinaryIO, root: Path = BLOB_ROOT) -> StoredPlot:
    digest, size = content_digest(stream)
    target = blob_path(digest, root)
    if target.exists():
        return StoredPlot(digest, size, target, reused=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".part")
    with open(tmp, "wb") as out:
        shutil.copyfileobj(stream, out, CHUNK)
    tmp.replace(target)
    return StoredPlot(digest, size, target, reused=False)


def register_revision(conn, venue_id: int, plot_name: str, stored: StoredPlot) -> int:
    cur = conn.execute(
        "INSERT INTO plot_revisions (venue_id, plot_name, blob_digest, size_bytes) "
        "VALUES (?, ?, ?, ?)",
        (venue_id, plot_name, stored.digest, stored.size),
    )
    conn.commit()
    return cur.lastrowid
