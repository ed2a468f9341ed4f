"""Lets scrutineers download or withdraw exported scoresheets before publication."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, request, send_file, session

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportSettings:
    export_root: Path
    allowed_suffixes: tuple[str, ...] = (".pdf", ".csv")


class ScoresheetExports:
    def __init__(self, settings: ExportSettings) -> None:
        self._settings = settings

    def _competition_dir(self, competition_id: int) -> Path:
        return (self._settings.export_root / f"competition-{competition_id}").resolve()

    def locate(self, competition_id: int, name: str) -> Path | None:
        base = self._competition_dir(competition_id)
        candidate = (base / name).resolve()
        if not candidate.is_relative_to(base) or candidate.parent != base:
            return None
        if candidate.suffix not in self._settings.allowed_suffixes or not candidate.is_file():
            return None
        return candidate

    def withdraw(self, competition_id: int, name: str) -> bool:
        target = self.locate(competition_id, name)
        if target is None:
            return False
        target.unlink()
        return True


app = Flask(__name__)
exports = ScoresheetExports(ExportSettings(export_root=Path("/srv/ballroom/scoresheets")))


def _require_scrutineer() -> str:
    if session.get("role") != "scrutineer":
        abort(403)
    return session["username"]


@app.get("/competitions/<int:competition_id>/scoresheets/file")
def download_scoresheet(competition_id: int):
    _require_scrutineer()
    target = exports.locate(competition_id, request.args.get("name", ""))
    if target is None:
        abort(404)
    return send_file(target, as_attachment=True)


@app.delete("/competitions/<int:competition_id>/scoresheets/file")
def withdraw_scoresheet(competition_id: int):
    user = _require_scrutineer()
    name = request.args.get("name", "")
    if not exports.withdraw(competition_id, name):
        abort(404)
    log.info("Scoresheet %s for competition %s withdrawn by %s", name, competition_id, user)
    return "", 204
