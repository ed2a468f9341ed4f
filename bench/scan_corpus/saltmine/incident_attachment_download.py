"""Serves photos and witness statements attached to safety incident reports."""
from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass

from flask import Flask, abort, send_file
from flask_login import current_user, login_required

app = Flask(__name__)


@dataclass(frozen=True)
class AttachmentStorage:
    root: str = "/srv/hse/attachments"

    def locate(self, incident_ref: str, filename: str) -> str:
        return os.path.join(self.root, incident_ref.upper(), filename)


storage = AttachmentStorage()


class AttachmentService:
    def __init__(self, store: AttachmentStorage) -> None:
        self.store = store

    def open_for(self, user, incident_ref: str, filename: str):
        if not user.has_role("hse_viewer"):
            abort(403)
        path = self.store.locate(incident_ref, filename)
        if not os.path.isfile(path):
            abort(404)
        mime = mimetypes.guess_type(path)[0] or "application/octet-stream"
        return path, mime


service = AttachmentService(storage)


@app.get("/incidents/<incident_ref>/attachments/<path:filename>")
@login_required
def download_attachment(incident_ref: str, filename: str):
    path, mime = service.open_for(current_user, incident_ref, filename)
    return send_file(path, mimetype=mime, as_attachment=True,
                     download_name=os.path.basename(path))
