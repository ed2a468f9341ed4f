"""Guide paperwork store.

Freelance guides keep their DBS checks, insurance certificates and
invoices with us. Each upload is recorded in the database with its
original name for display, while the file on disk gets a generated name.
"""

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

DOCS_ROOT = Path(os.environ.get("GUIDE_DOCS_ROOT", "/srv/coracle/guide-docs"))


@dataclass
class StoredDocument:
    doc_id: int
    guide_id: int
    display_name: str
    stored_name: str
    content_type: str


class GuideDocumentStore:
    def __init__(self, engine: Engine, root: Path = DOCS_ROOT):
        self.engine = engine
        self.root = root

    def add(self, guide_id: int, original_name: str, content_type: str, data: bytes) -> int:
        stored_name = f"{uuid.uuid4().hex}.bin"
        (self.root / stored_name).write_bytes(data)
        with self.engine.begin() as conn:
            return conn.execute(
                text(
                    "INSERT INTO guide_documents (guide_id, display_name, stored_name, content_type) "
                    "VALUES (:g, :d, :s, :c) RETURNING id"
                ),
                {"g": guide_id, "d": original_name, "s": stored_name, "c": content_type},
            ).scalar_one()

    def _lookup(self, guide_id: int, doc_id: int) -> StoredDocument | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT id, guide_id, display_name, stored_name, content_type "
                    "FROM guide_documents WHERE id = :id AND guide_id = :g"
                ),
                {"id": doc_id, "g": guide_id},
            ).one_or_none()
        return StoredDocument(*row) if row else None

    def open(self, guide_id: int, doc_id: int) -> tuple[StoredDocument, bytes] | None:
        doc = self._lookup(guide_id, doc_id)
        if doc is None:
            return None
        return doc, (self.root / doc.stored_name).read_bytes()

    def delete(self, guide_id: int, doc_id: int) -> bool:
        doc = self._lookup(guide_id, doc_id)
        if doc is None:
            return False
        (self.root / doc.stored_name).unlink(missing_ok=True)
        with self.engine.begin() as conn:
            conn.execute(text("DELETE FROM guide_documents WHERE id = :id"), {"id": doc.doc_id})
        return True
