"""Upload and list ZPL templates used by the unit label printers."""
import os

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import login_required

bp = Blueprint("label_templates", __name__, url_prefix="/admin/label-templates")

ALLOWED_SUFFIXES = (".zpl", ".prn")
MAX_TEMPLATE_BYTES = 256 * 1024


def _template_dir() -> str:
    return current_app.config["LABEL_TEMPLATE_DIR"]


@bp.get("/")
@login_required
def list_templates():
    names = sorted(n for n in os.listdir(_template_dir()) if n.endswith(ALLOWED_SUFFIXES))
    return jsonify(names)


@bp.post("/")
@login_required
def upload_template():
    upload = request.files.get("template")
    if upload is None or not upload.filename:
        abort(400, "no template file")
    if not upload.filename.lower().endswith(ALLOWED_SUFFIXES):
        abort(400, "templates must be .zpl or .prn")
    if request.content_length and request.content_length > MAX_TEMPLATE_BYTES:
        abort(413)

    destination = os.path.join(_template_dir(), upload.filename)
    upload.save(destination)
    current_app.logger.info("label template %s updated", upload.filename)
    return jsonify({"saved": upload.filename}), 201
