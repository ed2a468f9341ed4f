"""Housekeeping for exported judges' scoresheets (PDF and CSV).

Scrutineers can list the exports for a competition and remove ones that were
produced by mistake before the results are published.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from flask import Flask, abort, jsonify, request, session

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArchiveSettings:
    export_root: Path
    allowed_suffixes: tuple[str, ...] = (".pdf", ".csv")


class ScoresheetArchive:
    def __init__(self, settings: ArchiveSettings) -> None:
        self._settings = settings

    def _competition_dir(self, competition_id: int) -> Path:
        return self._settings.export_root / f"competition-{competition_id}"

    def listing(self, competition_id: int) -> list[dict]:
        folder = self._competition_dir(competition_id)
        if not folder.is_dir():
            return []
        out = []
        for path in sorted(folder.iterdir()):
            if path.suffix in self._settings.allowed_suffixes:
                stat = path.stat()
                out.append(
                    {
                        "name": path.name,
                        "size": stat.st_size,
                        "created": datetime.fromtimestamp(stat.st_mtime, timezone.utc).isoformat(),
                    }
                )
        return out

    def locate(self, competition_id: int, name: str) -> Path:
        return self._competition_dir(competition_id) / name

    def remove(self, competition_id: int, name: str) -> bool:
        target = self.locate(competition_id, name)
        if not target.exists():
            return False
        target.unlink()
        return True


app = Flask(__name__)
archive = ScoresheetArchive(ArchiveSettings(export_root=Path("/srv/ballroom/scoresheets")))


def _require_scrutineer() -> str:
    if session.get("role") != "scrutineer":
        abort(403)
    return session["username"]


@app.get("/competitions/<int:competition_id>/scoresheets")
def list_scoresheets(competition_id: int):
    _require_scrutineer()
    return jsonify(files=archive.listing(competition_id))


@app.delete("/competitions/<int:competition_id>/scoresheets")
def delete_scoresheet(competition_id: int):
    user = _require_scrutineer()
    name = request.args.get("name", "")
    if not name:
        abort(400)
    if not archive.remove(competition_id, name):
        abort(404)
    log.info("Scoresheet %s for competition %s removed by %s", name, competition_id, user)
    return "", 204
