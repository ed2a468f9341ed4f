"""Conflict handling when the carer app uploads visit notes made offline.

Each note carries the version tag the phone last saw. If the server copy
has moved on (the office edited the note), the upload is kept as a
separate revision for a coordinator to merge rather than overwriting.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Optional

log = logging.getLogger(__name__)


class Outcome(str, Enum):
    APPLIED = "applied"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"


@dataclass
class VisitNote:
    visit_id: int
    author_id: int
    body: str
    tasks_done: list[str]
    updated_at: datetime

    def version_tag(self) -> str:
        canonical = json.dumps(
            {"body": self.body, "tasks": sorted(self.tasks_done)}, sort_keys=True, separators=(",", ":")
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


@dataclass
class UploadedNote:
    note: VisitNote
    base_version: Optional[str]


class ConflictResolver:
    def __init__(self, repository):
        self.repository = repository

    def resolve(self, upload: UploadedNote) -> Outcome:
        current = self.repository.current_note(upload.note.visit_id)
        if current is None:
            self.repository.save(upload.note)
            return Outcome.APPLIED

        server_version = current.version_tag()
        if upload.note.version_tag() == server_version:
            return Outcome.UNCHANGED
        if upload.base_version == server_version:
            self.repository.save(upload.note)
            return Outcome.APPLIED

        self.repository.save_revision(upload.note, conflicting_with=server_version)
        log.info(
            "visit %s note from carer %s conflicts with server version %s",
            upload.note.visit_id,
            upload.note.author_id,
            server_version,
        )
        return Outcome.CONFLICT
