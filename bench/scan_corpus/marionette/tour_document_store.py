"""Stores contracts, tech riders and insurance certificates attached to tour bookings."""

from __future__ import annotations

import mimetypes
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class TourDocument(Base):
    __tablename__ = "tour_documents"

    id = Column(Integer, primary_key=True)
    booking_id = Column(Integer, nullable=False, index=True)
    title = Column(String(200), nullable=False)
    storage_key = Column(String(36), nullable=False, unique=True)
    content_type = Column(String(100), nullable=False)


@dataclass
class StoredDocument:
    path: Path
    title: str
    content_type: str


class TourDocumentStore:
    def __init__(self, database_url: str, storage_root: str) -> None:
        self._engine = create_engine(database_url)
        self._root = Path(storage_root)

    def save(self, booking_id: int, title: str, original_name: str, data: bytes) -> int:
        storage_key = str(uuid.uuid4())
        content_type = mimetypes.guess_type(original_name)[0] or "application/octet-stream"
        (self._root / storage_key).write_bytes(data)
        doc = TourDocument(
            booking_id=booking_id, title=title[:200], storage_key=storage_key, content_type=content_type
        )
        with Session(self._engine) as session:
            session.add(doc)
            session.commit()
            return doc.id

    def open_for_booking(self, booking_id: int, document_id: int) -> Optional[StoredDocument]:
        with Session(self._engine) as session:
            doc = session.scalars(
                select(TourDocument).where(
                    TourDocument.id == document_id, TourDocument.booking_id == booking_id
                )
            ).first()
            if doc is None:
                return None
            path = self._root / doc.storage_key
            return StoredDocument(path=path, title=doc.title, content_type=doc.content_type)
