"""Download endpoint for purchased pattern PDFs.

Patterns live under the library root in one folder per designer. A member
may download any file of a pattern they have purchased.
"""
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from quilter.config import settings
from quilter.library.purchases import has_purchased

bp = Blueprint("pattern_downloads", __name__)

LIBRARY_ROOT = Path(settings.PATTERN_LIBRARY_ROOT).resolve()


def resolve_pattern_file(designer_slug: str, filename: str) -> Path:
    candidate = (LIBRARY_ROOT / designer_slug / filename).resolve()
    if not candidate.is_relative_to(LIBRARY_ROOT):
        abort(404)
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        abort(404)
    return candidate


@bp.route("/patterns/<designer_slug>/<path:filename>")
@login_required
def download_pattern(designer_slug: str, filename: str):
    if not has_purchased(current_user.id, designer_slug, Path(filename).stem):
        abort(403)
    path = resolve_pattern_file(designer_slug, filename)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=path.name,
        max_age=0,
    )


@bp.route("/patterns/<designer_slug>/<path:filename>/size")
@login_required
def pattern_size(designer_slug: str, filename: str):
    if not has_purchased(current_user.id, designer_slug, Path(filename).stem):
        abort(403)
    path = resolve_pattern_file(designer_slug, filename)
    return {"bytes": path.stat().st_size, "name": path.name}
