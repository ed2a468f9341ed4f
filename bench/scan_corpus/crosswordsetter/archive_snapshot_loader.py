"""Import legacy puzzle archives from acquired publications.

When a newspaper moves its crossword to the syndicate, its previous puzzle
archive is handed over as snapshot files produced by their old CMS export
tool. Editors upload the snapshot in the admin console and this loader turns
it into rows in the ``archive_puzzles`` table.
"""
from __future__ import annotations

import logging
import pickle
import zlib
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

log = logging.getLogger(__name__)
bp = Blueprint("archive_import", __name__, url_prefix="/admin/archive")

SNAPSHOT_MAGIC = b"XWSNAP1\n"


@dataclass
class ArchivedPuzzle:
    publication: str
    published_on: date
    title: str
    setter_name: str
    grid: list[str]
    clues: dict


class SnapshotCodec:
    @staticmethod
    def decode(blob: bytes) -> list[dict]:
        if not blob.startswith(SNAPSHOT_MAGIC):
            raise ValueError("not a snapshot file")
        return pickle.loads(zlib.decompress(blob[len(SNAPSHOT_MAGIC):]))


def _to_puzzle(publication: str, rec: dict) -> ArchivedPuzzle:
    return ArchivedPuzzle(
        publication=publication,
        published_on=date.fromisoformat(str(rec["date"])),
        title=str(rec.get("title", "")),
        setter_name=str(rec.get("setter", "Unknown")),
        grid=[str(row) for row in rec["grid"]],
        clues=dict(rec.get("clues", {})),
    )


@bp.post("/<publication>/snapshot")
@login_required
def upload_snapshot(publication: str):
    if not current_user.has_permission("archive:import"):
        abort(403)
    upload = request.files.get("snapshot")
    if upload is None:
        abort(400, "missing snapshot file")
    try:
        records = SnapshotCodec.decode(upload.read())
    except (ValueError, zlib.error):
        abort(422, "unreadable snapshot")
    puzzles = [_to_puzzle(publication, rec) for rec in records]
    repo = current_app.extensions["archive_repo"]
    inserted = repo.bulk_insert(puzzles)
    log.info("imported %d archived puzzles for %s", inserted, publication)
    return jsonify(imported=inserted), 201
