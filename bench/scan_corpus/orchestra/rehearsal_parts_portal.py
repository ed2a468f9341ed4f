"""Members' portal: rehearsal parts for the current week's programme."""
from flask import Blueprint, abort, current_app, render_template, send_from_directory
from flask_login import current_user, login_required

from .schedule import works_for_week

bp = Blueprint("rehearsal_parts", __name__, url_prefix="/rehearsals")


@bp.get("/week/<int:week>")
@login_required
def week_parts(week: int):
    return render_template("rehearsals/parts.html", works=works_for_week(week, current_user))


@bp.get("/parts/<int:work_id>/<path:filename>")
@login_required
def part_pdf(work_id: int, filename: str):
    if not current_user.has_role("musician"):
        abort(403)
    directory = f"{current_app.config['SCORE_LIBRARY_DIR']}/{work_id}"
    return send_from_directory(directory, filename, mimetype="application/pdf", as_attachment=True)
