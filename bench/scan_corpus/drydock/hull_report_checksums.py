"""Deduplicates hull survey attachments by content digest before archiving."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class DigestSpec:
    name: str = "sha256"
    chunk: int = 256 * 1024


def content_digest(stream: BinaryIO, spec: DigestSpec = DigestSpec()) -> str:
    h = hashlib.new(spec.name)
    for block in iter(lambda: stream.read(spec.chunk), b""):
        h.update(block)
    return h.hexdigest()


class AttachmentArchive:
    def __init__(self, session: Session, model, archive_root: Path) -> None:
        self._session = session
        self._model = model
        self._root = archive_root

    def _known(self, digest: str) -> bool:
        stmt = select(self._model.id).where(self._model.sha256 == digest)
        return self._session.execute(stmt).first() is not None

    def archive(self, survey_id: int, files: Iterable[Path]) -> list[str]:
        stored = []
        for path in files:
            with path.open("rb") as fh:
                digest = content_digest(fh)
            if self._known(digest):
                continue
            target = self._root / digest[:2] / f"{digest}{path.suffix.lower()}"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
            self._session.add(self._model(survey_id=survey_id, sha256=digest, name=path.name))
            stored.append(digest)
        self._session.commit()
        return stored
