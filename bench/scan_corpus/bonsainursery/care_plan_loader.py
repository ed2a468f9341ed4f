"""Load species care plans that customers export from the bonsai diary app.

Customers can upload their diary's YAML export so our staff can review the
care history of a tree before a styling appointment.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import yaml
from flask import Flask, abort, request

app = Flask(__name__)
MAX_UPLOAD_BYTES = 512 * 1024


@dataclass
class DiaryEntry:
    day: date
    action: str
    note: str = ""


@dataclass
class TreeDiary:
    nickname: str
    species: str
    entries: list[DiaryEntry] = field(default_factory=list)


def read_diary(text: str) -> TreeDiary:
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict) or "species" not in doc:
        raise ValueError("not a diary export")
    entries = []
    for raw in doc.get("entries") or []:
        day = raw["date"] if isinstance(raw["date"], date) else date.fromisoformat(str(raw["date"]))
        entries.append(DiaryEntry(day=day, action=str(raw["action"]), note=str(raw.get("note", ""))))
    entries.sort(key=lambda e: e.day)
    return TreeDiary(
        nickname=str(doc.get("nickname", "")),
        species=str(doc["species"]),
        entries=entries,
    )


@app.post("/appointments/<int:appointment_id>/diary")
def upload_diary(appointment_id: int):
    upload = request.files.get("diary")
    if upload is None:
        abort(400, "no file")
    raw = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        abort(413)
    try:
        diary = read_diary(raw.decode("utf-8"))
    except (UnicodeDecodeError, KeyError, ValueError, yaml.YAMLError) as exc:
        abort(400, f"could not read diary: {exc}")
    return {
        "appointment": appointment_id,
        "species": diary.species,
        "entries": len(diary.entries),
        "last_action": diary.entries[-1].action if diary.entries else None,
    }
