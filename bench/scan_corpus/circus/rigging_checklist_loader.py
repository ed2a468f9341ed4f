"""Loads the rigging pre-show checklist templates.

Head riggers maintain the checklist per act (aerial silks, trapeze, Cyr
wheel, teeterboard) as YAML files uploaded through the ops portal.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


@dataclass
class ChecklistItem:
    code: str
    text: str
    requires_photo: bool = False
    max_load_kg: int | None = None


@dataclass
class ActChecklist:
    act: str
    revision: int
    items: list[ChecklistItem] = field(default_factory=list)


class ChecklistFormatError(ValueError):
    pass


def _read_document(source: str | bytes) -> dict[str, Any]:
    doc = yaml.safe_load(source)
    if not isinstance(doc, dict):
        raise ChecklistFormatError("checklist must be a mapping")
    return doc


def parse_checklist(source: str | bytes) -> ActChecklist:
    doc = _read_document(source)
    try:
        items = [
            ChecklistItem(
                code=str(raw["code"]),
                text=str(raw["text"]),
                requires_photo=bool(raw.get("photo", False)),
                max_load_kg=int(raw["max_load_kg"]) if "max_load_kg" in raw else None,
            )
            for raw in doc.get("items", [])
        ]
        return ActChecklist(act=str(doc["act"]), revision=int(doc.get("revision", 1)), items=items)
    except (KeyError, TypeError) as exc:
        raise ChecklistFormatError(f"malformed checklist: {exc}") from exc


def load_all(folder: Path) -> dict[str, ActChecklist]:
    checklists: dict[str, ActChecklist] = {}
    for path in sorted(folder.glob("*.y*ml")):
        checklist = parse_checklist(path.read_bytes())
        checklists[checklist.act] = checklist
    return checklists
