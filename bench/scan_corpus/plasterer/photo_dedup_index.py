"""Index of site photos so the same picture isn't attached twice.

Crews often upload the same shot from WhatsApp and from the camera roll; the
photo report generator should only include each image once per job.
"""
import hashlib
import sqlite3
from pathlib import Path
from typing import Iterable, Iterator

CHUNK = 1 << 16


def file_fingerprint(path: Path) -> str:
    h = hashlib.md5()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


class PhotoIndex:
    def __init__(self, db_path: str = "photo_index.sqlite3"):
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS photos ("
            " job_ref TEXT NOT NULL, fingerprint TEXT NOT NULL, path TEXT NOT NULL,"
            " PRIMARY KEY (job_ref, fingerprint))"
        )

    def add(self, job_ref: str, path: Path) -> bool:
        """Return True if the photo is new for this job."""
        fp = file_fingerprint(path)
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO photos (job_ref, fingerprint, path) VALUES (?, ?, ?)",
            (job_ref, fp, str(path)),
        )
        self.conn.commit()
        return cur.rowcount == 1

    def add_many(self, job_ref: str, paths: Iterable[Path]) -> list[Path]:
        return [p for p in paths if self.add(job_ref, p)]

    def photos_for(self, job_ref: str) -> Iterator[str]:
        rows = self.conn.execute(
            "SELECT path FROM photos WHERE job_ref = ? ORDER BY path", (job_ref,)
        )
        for (path,) in rows:
            yield path


if __name__ == "__main__":
    import sys

    index = PhotoIndex()
    job = sys.argv[1]
    fresh = index.add_many(job, (Path(p) for p in sys.argv[2:]))
    print(f"{len(fresh)} new photos indexed for {job}")
