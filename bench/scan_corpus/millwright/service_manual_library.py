"""Service manual library for engineers: OEM manuals for brake systems,
governors, grain hoists and turbines, stored on the file server and
indexed in the database."""
import sqlite3
from pathlib import Path

from flask import Blueprint, abort, current_app, g, render_template, send_file
from flask_login import login_required

bp = Blueprint("manuals", __name__, url_prefix="/manuals")


def _db() -> sqlite3.Connection:
    if "manuals_db" not in g:
        g.manuals_db = sqlite3.connect(current_app.config["MANUALS_DB"])
        g.manuals_db.row_factory = sqlite3.Row
    return g.manuals_db


@bp.get("/")
@login_required
def index():
    rows = _db().execute(
        "SELECT id, title, manufacturer, equipment FROM manuals ORDER BY manufacturer, title"
    ).fetchall()
    return render_template("manuals/index.html", manuals=rows)


@bp.get("/<int:manual_id>/download")
@login_required
def download(manual_id: int):
    row = _db().execute(
        "SELECT title, storage_path FROM manuals WHERE id = ? AND withdrawn = 0",
        (manual_id,),
    ).fetchone()
    if row is None:
        abort(404)
    library = Path(current_app.config["MANUALS_ROOT"])
    path = library / row["storage_path"]
    if not path.is_file():
        current_app.logger.error("manual %s missing from %s", manual_id, library)
        abort(410)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"{row['title']}.pdf",
    )
