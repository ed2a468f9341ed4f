"""Duplicate detection for uploaded peal compositions.

Conductors upload composition files (CompLib / MicroSiril text). We store a
content digest so the same composition submitted for several peals is kept
once in the library and linked from each peal record.
"""
import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from bellringer.models import Composition
from bellringer.settings import settings

CHUNK_SIZE = 64 * 1024


def normalise_composition(text: str) -> bytes:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines).encode("utf-8")


def composition_digest(text: str) -> str:
    return hashlib.sha256(normalise_composition(text)).hexdigest()


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK_SIZE), b""):
            h.update(chunk)
    return h.hexdigest()


def store_composition(session: Session, title: str, text: str, uploaded_by: int) -> Composition:
    digest = composition_digest(text)
    existing = session.scalar(select(Composition).where(Composition.digest == digest))
    if existing is not None:
        return existing
    target = Path(settings.COMPOSITION_STORE) / f"{digest}.txt"
    target.write_bytes(normalise_composition(text))
    composition = Composition(
        title=title.strip(),
        digest=digest,
        size_bytes=target.stat().st_size,
        uploaded_by_id=uploaded_by,
    )
    session.add(composition)
    session.flush()
    return composition
