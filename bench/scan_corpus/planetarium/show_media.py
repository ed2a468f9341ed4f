"""Downloadable show media for schools and press (posters, fact sheets)."""
import os

from flask import Blueprint, abort, current_app, jsonify, request, send_file

bp = Blueprint("show_media", __name__, url_prefix="/media")

ALLOWED_KINDS = {"posters", "factsheets"}


@bp.get("/<kind>/index")
def listing(kind: str):
    if kind not in ALLOWED_KINDS:
        abort(404)
    base = os.path.join(current_app.config["SHOW_MEDIA_ROOT"], kind)
    names = sorted(n for n in os.listdir(base) if not n.startswith("."))
    return jsonify(files=names)


@bp.get("/<kind>")
def download(kind: str):
    if kind not in ALLOWED_KINDS:
        abort(404)
    name = request.args.get("file", "")
    if not name:
        abort(400)
    base = os.path.join(current_app.config["SHOW_MEDIA_ROOT"], kind)
    path = os.path.join(base, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
