"""Download endpoint for files shared inside a workspace."""
import mimetypes
import os

from flask import Blueprint, abort, current_app, g, request, send_file

from sharing.auth import login_required
from sharing.models import ShareGrant

bp = Blueprint("downloads", __name__)


def _workspace_dir(workspace_id: int) -> str:
    return os.path.join(current_app.config["SHARED_FILES_ROOT"], str(workspace_id))


def _resolve(workspace_id: int, name: str) -> str:
    return os.path.join(_workspace_dir(workspace_id), name)


@bp.get("/w/<int:workspace_id>/files/download")
@login_required
def download(workspace_id: int):
    if not ShareGrant.query.filter_by(workspace_id=workspace_id, user_id=g.user.id).first():
        abort(404)
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = _resolve(workspace_id, name)
    if not os.path.isfile(path):
        abort(404)
    mimetype = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return send_file(path, mimetype=mimetype, as_attachment=True, download_name=os.path.basename(name))
