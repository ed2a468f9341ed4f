"""Assemble eTMF transfer packages for sponsor inspection readiness.

A package is a zip with every filed document under its TMF reference
model path plus an index.csv listing zone/section/artifact and checksum.
"""
import csv
import hashlib
import io
import logging
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from tempfile import mktemp as _scratch_name
from typing import Iterable, Protocol

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TMFDocument:
    doc_id: str
    zone: str
    section: str
    artifact: str
    archive_path: str


class DocumentStore(Protocol):
    def read(self, doc_id: str) -> bytes: ...


class TMFPackager:
    def __init__(self, store: DocumentStore, outbox: Path):
        self._store = store
        self._outbox = outbox

    def _index(self, rows: list[tuple[TMFDocument, str]]) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["doc_id", "zone", "section", "artifact", "path", "sha256"])
        for doc, digest in rows:
            writer.writerow([doc.doc_id, doc.zone, doc.section, doc.artifact, doc.archive_path, digest])
        return buf.getvalue()

    def build(self, study_code: str, documents: Iterable[TMFDocument]) -> Path:
        scratch = Path(_scratch_name(prefix=f"tmf-{study_code}-", suffix=".zip"))
        indexed = []
        with zipfile.ZipFile(scratch, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for doc in documents:
                content = self._store.read(doc.doc_id)
                zf.writestr(doc.archive_path, content)
                indexed.append((doc, hashlib.sha256(content).hexdigest()))
            zf.writestr("index.csv", self._index(indexed))
        final = self._outbox / f"{study_code}-tmf.zip"
        shutil.move(str(scratch), final)
        log.info("built TMF package for %s with %d documents", study_code, len(indexed))
        return final
