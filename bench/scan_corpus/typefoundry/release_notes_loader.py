"""Loads the release.yaml that accompanies each family version upload.

The file carries the version number, changelog entries and the list of
styles that changed; it feeds the public changelog and customer update
e-mails.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, List

import yaml
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("release_notes", __name__)

MAX_UPLOAD_BYTES = 256 * 1024


@dataclass
class ChangelogEntry:
    kind: str
    text: str


@dataclass
class ReleaseNotes:
    family: str
    version: str
    released: date
    changed_styles: List[str] = field(default_factory=list)
    entries: List[ChangelogEntry] = field(default_factory=list)
    notify_customers: bool = True


ENTRY_KINDS = {"added", "fixed", "changed", "removed"}


def _load_yaml(stream: IO[bytes]) -> dict:
    data = yaml.load(stream, Loader=yaml.SafeLoader)
    if not isinstance(data, dict):
        raise ValueError("release.yaml must contain a mapping")
    return data


def parse_release_notes(stream: IO[bytes]) -> ReleaseNotes:
    data = _load_yaml(stream)
    entries = []
    for raw in data.get("changes", []):
        kind = str(raw.get("kind", "changed")).lower()
        if kind not in ENTRY_KINDS:
            raise ValueError(f"unknown change kind {kind!r}")
        entries.append(ChangelogEntry(kind=kind, text=str(raw["text"]).strip()))
    released = data.get("released")
    if not isinstance(released, date):
        released = date.fromisoformat(str(released))
    return ReleaseNotes(
        family=str(data["family"]),
        version=str(data["version"]),
        released=released,
        changed_styles=[str(s) for s in data.get("styles", [])],
        entries=entries,
        notify_customers=bool(data.get("notify", True)),
    )


def load_from_release_dir(release_dir: Path) -> ReleaseNotes:
    with (release_dir / "release.yaml").open("rb") as fh:
        return parse_release_notes(fh)


@bp.post("/designer/releases/<int:release_id>/notes")
def upload_notes(release_id: int):
    upload = request.files.get("release")
    if upload is None:
        abort(400, "release.yaml required")
    if request.content_length and request.content_length > MAX_UPLOAD_BYTES:
        abort(413)
    try:
        notes = parse_release_notes(upload.stream)
    except (ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        return jsonify({"error": str(exc)}), 422
    return jsonify(
        {
            "release": release_id,
            "family": notes.family,
            "version": notes.version,
            "entries": len(notes.entries),
        }
    )
