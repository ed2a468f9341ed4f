"""Certificates of analysis for packaged batches.

The QA lab drops PDF certificates into a shared folder; distributors and
retail buyers can download them from the portal.
"""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import login_required

bp = Blueprint("certificates", __name__, url_prefix="/certificates")


def certificate_dir() -> str:
    return current_app.config["COA_DIRECTORY"]


@bp.get("/")
@login_required
def index():
    names = sorted(n for n in os.listdir(certificate_dir()) if n.endswith(".pdf"))
    return {"certificates": names}


@bp.get("/<path:filename>")
@login_required
def download(filename: str):
    full_path = os.path.join(certificate_dir(), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype="application/pdf", as_attachment=True)
