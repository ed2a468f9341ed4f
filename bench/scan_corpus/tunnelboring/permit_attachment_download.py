"""Serve attachments for permits-to-work (method statements, RAMS, isolation sheets).

Attachments are stored per permit under the document root and listed on the
permit page; the link passes the stored file name back to this route.
"""
from __future__ import annotations

import mimetypes
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from permits.models import Permit

bp = Blueprint("permit_files", __name__)


class AttachmentStore:
    def __init__(self, root: str) -> None:
        self.root = root

    @classmethod
    def from_app(cls) -> "AttachmentStore":
        return cls(current_app.config["PERMIT_ATTACHMENT_ROOT"])

    def folder_for(self, permit: Permit) -> str:
        return os.path.join(self.root, permit.site_code, str(permit.id))

    def locate(self, permit: Permit, filename: str) -> str:
        return os.path.join(self.folder_for(permit), filename)


@bp.get("/permits/<int:permit_id>/attachments/<path:filename>")
@login_required
def download_attachment(permit_id: int, filename: str):
    permit = Permit.query.get_or_404(permit_id)
    if not current_user.can_view(permit):
        abort(403)
    path = AttachmentStore.from_app().locate(permit, filename)
    if not os.path.isfile(path):
        abort(404)
    mimetype, _ = mimetypes.guess_type(path)
    return send_file(
        path,
        mimetype=mimetype or "application/octet-stream",
        as_attachment=True,
        download_name=os.path.basename(path),
    )
