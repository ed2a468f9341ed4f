"""Archive layout for finished events: results XML, PBN deals, travellers.

Paths are derived only from database ids and fixed artefact names, never
from names typed by users, so scoring staff can fetch and purge files by
event.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from clubdb.models import Event


class Artefact(str, Enum):
    RESULTS = "results.xml"
    DEALS = "deals.pbn"
    TRAVELLERS = "travellers.pdf"
    RANKING = "ranking.pdf"


@dataclass(frozen=True)
class EventArchive:
    root: Path

    def event_dir(self, event_id: int) -> Path:
        return self.root / f"{int(event_id):07d}"

    def artefact_path(self, event_id: int, artefact: Artefact) -> Path:
        return self.event_dir(event_id) / Artefact(artefact).value

    def store(self, event_id: int, artefact: Artefact, data: bytes) -> Path:
        path = self.artefact_path(event_id, artefact)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".part")
        tmp.write_bytes(data)
        tmp.replace(path)
        return path

    def read(self, event_id: int, artefact: Artefact) -> bytes:
        return self.artefact_path(event_id, artefact).read_bytes()

    def purge(self, event_id: int) -> None:
        folder = self.event_dir(event_id)
        if folder.is_dir():
            shutil.rmtree(folder)


def archive_event(db: Session, archive: EventArchive, event_code: str) -> Path:
    event = db.execute(select(Event).where(Event.code == event_code)).scalar_one()
    archive.store(event.id, Artefact.RESULTS, event.results_xml.encode("utf-8"))
    archive.store(event.id, Artefact.DEALS, event.deals_pbn.encode("utf-8"))
    event.archived = True
    db.commit()
    return archive.event_dir(event.id)


def purge_before(db: Session, archive: EventArchive, season: int) -> int:
    ids = db.execute(select(Event.id).where(Event.season < season)).scalars().all()
    for event_id in ids:
        archive.purge(event_id)
    return len(ids)
