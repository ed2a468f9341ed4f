"""QA portal endpoints for browsing and downloading client crash dumps."""
import os

from flask import Blueprint, abort, current_app, jsonify, send_file

from qa_portal.auth import require_role

bp = Blueprint("crash_dumps", __name__, url_prefix="/crash-dumps")


def _dump_dir() -> str:
    return current_app.config["CRASH_DUMP_DIR"]


@bp.get("/")
@require_role("qa")
def list_dumps():
    names = sorted(n for n in os.listdir(_dump_dir()) if n.endswith(".dmp"))
    return jsonify(names[-500:])


@bp.get("/<path:name>")
@require_role("qa")
def download_dump(name: str):
    path = os.path.join(_dump_dir(), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/octet-stream", as_attachment=True)
