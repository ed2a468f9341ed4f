"""Serves purchased sheet-music PDFs and tab files to logged-in students."""
import os

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

from .models import Purchase, SheetMusic

bp = Blueprint("sheets", __name__, url_prefix="/sheets")

SHEET_ROOT = os.environ.get("SHEET_MUSIC_ROOT", "/srv/ukuleleschool/sheets")
FORMATS = {"pdf": "application/pdf", "gp5": "application/octet-stream", "txt": "text/plain"}


def _has_purchased(student_id: int, sheet_id: int) -> bool:
    return (
        Purchase.query.filter_by(student_id=student_id, sheet_id=sheet_id, refunded=False).first()
        is not None
    )


@bp.get("/<int:sheet_id>/download")
@login_required
def download(sheet_id: int):
    sheet = SheetMusic.query.get_or_404(sheet_id)
    if not sheet.free and not _has_purchased(current_user.id, sheet.id):
        abort(403)

    file_name = request.args.get("file", sheet.default_file)
    extension = file_name.rsplit(".", 1)[-1].lower()
    if extension not in FORMATS:
        abort(400)

    path = os.path.join(SHEET_ROOT, sheet.folder, file_name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(
        path,
        mimetype=FORMATS[extension],
        as_attachment=True,
        download_name=f"{sheet.slug}.{extension}",
    )


@bp.get("/<int:sheet_id>/files")
@login_required
def list_files(sheet_id: int):
    sheet = SheetMusic.query.get_or_404(sheet_id)
    folder = os.path.join(SHEET_ROOT, sheet.folder)
    names = sorted(n for n in os.listdir(folder) if n.rsplit(".", 1)[-1].lower() in FORMATS)
    return {"sheet": sheet.id, "files": names}
