"""Read puzzle metadata sidecar files uploaded alongside grids.

Setters attach a small YAML file to each grid with title, theme notes,
difficulty and any special instructions for the print desk.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import yaml

ALLOWED_DIFFICULTY = {"quick", "standard", "tough", "prize"}


class MetadataError(ValueError):
    pass


@dataclass
class PuzzleMetadata:
    title: str
    difficulty: str
    theme: str | None = None
    intended_date: date | None = None
    print_notes: list[str] = field(default_factory=list)


def parse_metadata(raw: bytes) -> PuzzleMetadata:
    try:
        doc = yaml.safe_load(raw.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise MetadataError(f"unreadable metadata: {exc}") from exc
    if not isinstance(doc, dict):
        raise MetadataError("metadata must be a mapping")
    title = str(doc.get("title", "")).strip()
    if not title:
        raise MetadataError("title is required")
    difficulty = str(doc.get("difficulty", "standard")).lower()
    if difficulty not in ALLOWED_DIFFICULTY:
        raise MetadataError(f"unknown difficulty {difficulty!r}")
    intended = doc.get("date")
    if intended is not None and not isinstance(intended, date):
        intended = date.fromisoformat(str(intended))
    notes = doc.get("print_notes") or []
    if isinstance(notes, str):
        notes = [notes]
    return PuzzleMetadata(
        title=title[:120],
        difficulty=difficulty,
        theme=(str(doc["theme"])[:200] if doc.get("theme") else None),
        intended_date=intended,
        print_notes=[str(n)[:300] for n in notes][:10],
    )
