"""Printable label templates (ZPL and PDF) for gym rope retirement tags."""
import os

from flask import Blueprint, abort, current_app, send_from_directory
from werkzeug.utils import secure_filename

from cordmaker.auth import login_required

bp = Blueprint("label_templates", __name__, url_prefix="/labels")

TEMPLATE_SUBDIR = "label_templates"
ALLOWED = {".zpl", ".pdf"}


def template_dir() -> str:
    return os.path.join(current_app.instance_path, TEMPLATE_SUBDIR)


@bp.get("/")
@login_required
def list_templates():
    names = [
        n for n in os.listdir(template_dir())
        if os.path.splitext(n)[1].lower() in ALLOWED
    ]
    return {"templates": sorted(names)}


@bp.get("/<name>")
@login_required
def download_template(name: str):
    safe_name = secure_filename(name)
    if not safe_name or os.path.splitext(safe_name)[1].lower() not in ALLOWED:
        abort(404)
    return send_from_directory(template_dir(), safe_name, as_attachment=True)
