"""Download of signed game-sheet PDFs for team managers and league officials."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, g, request, send_file

bp = Blueprint("game_sheet_pdfs", __name__, url_prefix="/game-sheets")

ALLOWED_ROLES = {"team_manager", "league_official", "referee_in_chief"}


def _sheet_root() -> str:
    return current_app.config["GAME_SHEET_PDF_DIR"]


def _require_role() -> None:
    user = g.get("user")
    if user is None:
        abort(401)
    if not ALLOWED_ROLES.intersection(user.roles):
        abort(403)


@bp.get("/pdf")
def download_pdf():
    _require_role()
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        abort(400, "Only game sheet PDFs can be downloaded.")
    path = os.path.join(_sheet_root(), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(path),
    )


@bp.get("/pdf/index")
def list_pdfs():
    _require_role()
    season = request.args.get("season", "")
    names = sorted(
        entry.name
        for entry in os.scandir(_sheet_root())
        if entry.is_file() and entry.name.endswith(".pdf") and entry.name.startswith(season)
    )
    return {"season": season, "files": names}
