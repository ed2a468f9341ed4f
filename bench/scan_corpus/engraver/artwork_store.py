"""Content-addressed storage for uploaded artwork so repeat logos are stored once."""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

STORE_ROOT = Path(os.environ.get("ARTWORK_STORE", "/srv/engraver/store"))
CHUNK = 1 << 20


@dataclass
class StoredArtwork:
    digest: str
    path: Path
    size: int
    reused: bool


def _fingerprint(stream: BinaryIO) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    for chunk in iter(lambda: stream.read(CHUNK), b""):
        h.update(chunk)
        size += len(chunk)
    stream.seek(0)
    return h.hexdigest(), size


def _blob_path(digest: str, ext: str) -> Path:
    return STORE_ROOT / digest[:2] / digest[2:4] / f"{digest}{ext}"


def store_upload(conn: sqlite3.Connection, order_id: int, stream: BinaryIO, ext: str) -> StoredArtwork:
    ext = ext.lower() if ext.lower() in {".svg", ".ai", ".eps", ".pdf", ".png"} else ".bin"
    digest, size = _fingerprint(stream)
    target = _blob_path(digest, ext)
    reused = target.exists()
    if not reused:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(target.suffix + ".part")
        with open(tmp, "wb") as out:
            shutil.copyfileobj(stream, out, CHUNK)
        os.replace(tmp, target)
    conn.execute(
        "INSERT OR IGNORE INTO order_artwork (order_id, digest, ext, size) VALUES (?, ?, ?, ?)",
        (order_id, digest, ext, size),
    )
    conn.commit()
    return StoredArtwork(digest=digest, path=target, size=size, reused=reused)


def orders_using(conn: sqlite3.Connection, digest: str) -> list[int]:
    rows = conn.execute(
        "SELECT order_id FROM order_artwork WHERE digest = ? ORDER BY order_id", (digest,)
    ).fetchall()
    return [r[0] for r in rows]
