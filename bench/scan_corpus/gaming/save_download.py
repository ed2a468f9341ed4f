"""Export endpoint that lets players download their local-format save files.

Saves are mirrored to disk by the sync worker under
``<SAVE_ROOT>/<player_id>/<file name>``.
"""
import os

from flask import Blueprint, abort, current_app, g, jsonify, request, send_file

from .auth import login_required

bp = Blueprint("save_export", __name__, url_prefix="/api/saves")


def _player_dir() -> str:
    return os.path.join(current_app.config["SAVE_ROOT"], str(g.player_id))


@bp.get("/files")
@login_required
def list_files():
    folder = _player_dir()
    if not os.path.isdir(folder):
        return jsonify(files=[])
    entries = []
    for name in sorted(os.listdir(folder)):
        st = os.stat(os.path.join(folder, name))
        entries.append({"name": name, "size": st.st_size, "modified": int(st.st_mtime)})
    return jsonify(files=entries)


@bp.get("/download")
@login_required
def download():
    name = request.args.get("file")
    if not name:
        abort(400)
    try:
        return send_file(os.path.join(_player_dir(), name), as_attachment=True, download_name=name)
    except FileNotFoundError:
        abort(404)
