"""Serves archived game-sheet PDFs from past seasons to league officials."""
from __future__ import annotations

import os
import re

from flask import Blueprint, abort, current_app, g, request, send_from_directory

bp = Blueprint("game_sheet_archive", __name__, url_prefix="/archive/game-sheets")

SEASON_PATTERN = re.compile(r"^\d{4}-\d{4}$")


def _archive_root() -> str:
    return current_app.config["GAME_SHEET_ARCHIVE_DIR"]


def _require_official() -> None:
    user = g.get("user")
    if user is None:
        abort(401)
    if "league_official" not in user.roles:
        abort(403)


@bp.get("/<season>")
def list_season(season: str):
    _require_official()
    if not SEASON_PATTERN.match(season):
        abort(404)
    folder = os.path.join(_archive_root(), season)
    if not os.path.isdir(folder):
        abort(404)
    return {"season": season, "files": sorted(n for n in os.listdir(folder) if n.endswith(".pdf"))}


@bp.get("/<season>/pdf")
def download(season: str):
    _require_official()
    if not SEASON_PATTERN.match(season):
        abort(404)
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        abort(400, "Only game sheet PDFs can be downloaded.")
    return send_from_directory(
        os.path.join(_archive_root(), season),
        name,
        mimetype="application/pdf",
        as_attachment=True,
    )
