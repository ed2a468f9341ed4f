"""Customer app: download of monthly instalment statements."""
import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("statements", __name__, url_prefix="/app/statements")


def _statement_dir(customer_id: int) -> str:
    return os.path.join(current_app.config["STATEMENTS_ROOT"], str(customer_id))


@bp.get("/")
@login_required
def list_statements():
    directory = _statement_dir(current_user.id)
    if not os.path.isdir(directory):
        return {"statements": []}
    names = sorted(n for n in os.listdir(directory) if n.endswith(".pdf"))
    return {"statements": names}


@bp.get("/<path:filename>")
@login_required
def download_statement(filename: str):
    if not filename.endswith(".pdf"):
        abort(404)
    return send_from_directory(
        _statement_dir(current_user.id),
        filename,
        mimetype="application/pdf",
        as_attachment=True,
    )
