"""Download view for filed excise duty returns.

Finance staff can fetch the PDF and CSV copies of returns that have been
submitted to the revenue authority. Files live on the shared finance volume.
"""
import os

from flask import Blueprint, abort, current_app, render_template, request, send_file
from flask_login import login_required

from .permissions import finance_only

bp = Blueprint("duty_returns", __name__, url_prefix="/finance/duty-returns")

ALLOWED_SUFFIXES = (".pdf", ".csv")


def _returns_dir() -> str:
    return current_app.config["DUTY_RETURNS_DIR"]


@bp.get("/")
@login_required
@finance_only
def index():
    names = sorted(
        (n for n in os.listdir(_returns_dir()) if n.endswith(ALLOWED_SUFFIXES)),
        reverse=True,
    )
    return render_template("duty_returns/index.html", files=names)


@bp.get("/download")
@login_required
@finance_only
def download():
    name = request.args.get("file", "")
    if not name.endswith(ALLOWED_SUFFIXES):
        abort(404)
    full_path = os.path.join(_returns_dir(), name)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True)
