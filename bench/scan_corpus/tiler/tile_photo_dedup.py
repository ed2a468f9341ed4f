"""Deduplicate progress photos uploaded to the customer portal.

Fitters often upload the same shot twice from the tablet when the signal
drops on site. We fingerprint every upload and skip ones we already hold
for that job.
"""
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

log = logging.getLogger("portal.photos")

CHUNK = 1 << 16


@dataclass(frozen=True)
class PhotoUpload:
    job_ref: str
    path: Path
    uploaded_by: str


def fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


class PhotoIndex:
    def __init__(self, conn):
        self.conn = conn

    def known(self, job_ref: str) -> set:
        rows = self.conn.execute(
            "SELECT fingerprint FROM job_photos WHERE job_ref = ?", (job_ref,)
        ).fetchall()
        return {r[0] for r in rows}

    def add(self, upload: PhotoUpload, fp: str) -> None:
        self.conn.execute(
            "INSERT INTO job_photos (job_ref, fingerprint, file_path, uploaded_by) "
            "VALUES (?, ?, ?, ?)",
            (upload.job_ref, fp, str(upload.path), upload.uploaded_by),
        )


def new_photos(index: PhotoIndex, uploads: Iterable[PhotoUpload]) -> Iterator[PhotoUpload]:
    seen_by_job: dict = {}
    for upload in uploads:
        seen = seen_by_job.setdefault(upload.job_ref, index.known(upload.job_ref))
        fp = fingerprint(upload.path)
        if fp in seen:
            log.info("skipping duplicate photo %s for job %s", upload.path.name, upload.job_ref)
            continue
        seen.add(fp)
        index.add(upload, fp)
        yield upload
