"""Imports next term's class timetable from the YAML file studio managers upload."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any, Dict, List

import yaml
from flask import Blueprint, jsonify, request

bp = Blueprint("timetable_import", __name__, url_prefix="/admin/timetable")

WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


@dataclass
class TimetableEntry:
    studio_code: str
    style: str
    level: str
    weekday: str
    start: time
    duration_min: int
    instructor: str


class TimetableDocument:
    loader = staticmethod(yaml.safe_load)

    def __init__(self, text: str) -> None:
        self.raw: Dict[str, Any] = self.loader(text) or {}

    @property
    def studio_code(self) -> str:
        return str(self.raw.get("studio", "")).strip()

    def entries(self) -> List[TimetableEntry]:
        result: List[TimetableEntry] = []
        for item in self.raw.get("classes", []):
            weekday = str(item["weekday"]).lower()
            if weekday not in WEEKDAYS:
                raise ValueError(f"unknown weekday {weekday}")
            result.append(
                TimetableEntry(
                    studio_code=self.studio_code,
                    style=str(item["style"]),
                    level=str(item.get("level", "open")),
                    weekday=weekday,
                    start=time.fromisoformat(str(item["start"])),
                    duration_min=int(item.get("duration", 60)),
                    instructor=str(item["instructor"]),
                )
            )
        return result


@bp.post("/import")
def import_timetable():
    upload = request.files.get("timetable")
    if upload is None:
        return jsonify(error="no file"), 400
    try:
        doc = TimetableDocument(upload.read().decode("utf-8"))
        entries = doc.entries()
    except (yaml.YAMLError, KeyError, ValueError) as exc:
        return jsonify(error=str(exc)), 422
    return jsonify(studio=doc.studio_code, classes=len(entries))
