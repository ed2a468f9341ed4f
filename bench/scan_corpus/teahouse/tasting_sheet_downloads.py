"""Serve PDF tasting sheets for lots to signed-in wholesale buyers."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("tasting_sheets", __name__, url_prefix="/sheets")

SHEETS_DIR = Path("/srv/portal/tasting-sheets").resolve()


def resolve_sheet(relative: str, base: Path = SHEETS_DIR) -> Path:
    candidate = (base / relative).resolve()
    if not candidate.is_relative_to(base):
        raise PermissionError(relative)
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        raise FileNotFoundError(relative)
    return candidate


def _buyer_can_see(season: str) -> bool:
    allowed = getattr(current_user, "visible_seasons", ())
    return season in allowed


@bp.get("/<season>/<path:filename>")
@login_required
def download(season: str, filename: str):
    if not _buyer_can_see(season):
        abort(403)
    try:
        path = resolve_sheet(f"{season}/{filename}")
    except PermissionError:
        current_app.logger.warning("rejected sheet path %r for %s", filename, current_user.id)
        abort(404)
    except FileNotFoundError:
        abort(404)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=path.name,
        max_age=300,
    )
