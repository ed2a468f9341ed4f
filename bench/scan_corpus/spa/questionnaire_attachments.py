"""Serve documents attached to client health questionnaires.

Clients can upload a GP letter or allergy report with their questionnaire;
therapists open them from the treatment room tablet before a session.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, abort, request, send_file
from flask_login import current_user, login_required

app = Flask(__name__)


@dataclass(frozen=True)
class AttachmentStore:
    root: str = "/srv/spa/questionnaire-attachments"

    def client_dir(self, client_id: int) -> str:
        return os.path.join(self.root, str(client_id))

    def locate(self, client_id: int, filename: str) -> str:
        return os.path.join(self.client_dir(client_id), filename)

    def listing(self, client_id: int) -> list[str]:
        directory = self.client_dir(client_id)
        if not os.path.isdir(directory):
            return []
        return sorted(os.listdir(directory))


STORE = AttachmentStore()


@app.get("/clients/<int:client_id>/attachments")
@login_required
def list_attachments(client_id: int):
    if not current_user.has_role("therapist"):
        abort(403)
    return {"files": STORE.listing(client_id)}


@app.get("/clients/<int:client_id>/attachment")
@login_required
def download_attachment(client_id: int):
    if not current_user.has_role("therapist"):
        abort(403)
    filename = request.args.get("name", "")
    path = STORE.locate(client_id, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
