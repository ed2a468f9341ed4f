"""Download of attachments filed with licence returns.

Skippers attach photos of their logbook pages and landing receipts to each
monthly licence return. Office staff open these from the return review
screen, which links to this endpoint with the attachment's file name.
"""

import mimetypes
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required

bp = Blueprint("return_attachments", __name__)


class AttachmentSettings:
    ROOT_SETTING = "RETURN_ATTACHMENT_ROOT"
    DEFAULT_ROOT = "/srv/eelcoop/return_attachments"

    @classmethod
    def root(cls) -> str:
        return current_app.config.get(cls.ROOT_SETTING, cls.DEFAULT_ROOT)


def attachment_path(return_id: int, name: str) -> str:
    folder = os.path.join(AttachmentSettings.root(), f"{return_id:08d}")
    return os.path.join(folder, name)


def guess_type(path: str) -> str:
    kind, _ = mimetypes.guess_type(path)
    return kind or "application/octet-stream"


@bp.get("/returns/<int:return_id>/attachment")
@login_required
def download_attachment(return_id: int):
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = attachment_path(return_id, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype=guess_type(path), download_name=os.path.basename(path))
