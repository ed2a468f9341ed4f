"""Serves signed vaccination consent forms to clinic staff."""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import login_required

bp = Blueprint("consent", __name__, url_prefix="/consent")
FORMS_DIR = os.environ.get("CONSENT_FORMS_DIR", "/data/consent_forms")


@bp.get("/")
@login_required
def index():
    names = sorted(n for n in os.listdir(FORMS_DIR) if n.endswith(".pdf"))
    return {"forms": names}


@bp.get("/<path:filename>")
@login_required
def download(filename: str):
    if not filename.endswith(".pdf"):
        abort(404)
    current_app.logger.info("consent form requested: %s", filename)
    return send_file(os.path.join(FORMS_DIR, filename), mimetype="application/pdf")
