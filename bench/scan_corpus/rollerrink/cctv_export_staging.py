"""Stages CCTV clips for upload to the police evidence portal.

Clips are copied into a private staging file, hashed for the chain-of-custody
form and then uploaded; the staging file is removed afterwards.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

STAGING_DIR = Path(os.environ.get("CCTV_STAGING_DIR", "/srv/nvr/staging"))


@contextmanager
def staged_copy(clip: Path) -> Iterator[Path]:
    STAGING_DIR.mkdir(mode=0o750, parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix="evidence_", suffix=clip.suffix, dir=STAGING_DIR)
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as dst, clip.open("rb") as src:
            shutil.copyfileobj(src, dst, length=1024 * 1024)
        os.chmod(path, 0o640)
        yield path
    finally:
        path.unlink(missing_ok=True)


def custody_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def prepare_evidence(clip: Path, case_number: str, uploader) -> dict:
    with staged_copy(clip) as staged:
        record = {
            "case": case_number,
            "original_name": clip.name,
            "bytes": staged.stat().st_size,
            "sha256": custody_digest(staged),
        }
        record["upload_id"] = uploader.upload(staged, metadata=record)
    return record
