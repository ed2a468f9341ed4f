"""Serve uploaded claim documents to claims officers.

Winners upload ID scans and signed claim forms; officers open them from
the case view, which links to the stored file name.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, send_file
from flask_login import current_user, login_required

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["CLAIMS_PORTAL_SECRET_KEY"]


class ClaimDocumentStore:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()

    def locate(self, claim_id: str, filename: str) -> Path:
        candidate = (self.root / claim_id / filename).resolve()
        if not candidate.is_relative_to(self.root / claim_id):
            raise PermissionError(filename)
        if not candidate.is_file():
            raise FileNotFoundError(filename)
        return candidate


store = ClaimDocumentStore(os.environ.get("CLAIM_DOCS_ROOT", "/srv/claims/documents"))


def _officer_can_view(claim_id: str) -> bool:
    return current_user.is_authenticated and claim_id in current_user.assigned_claims


@app.get("/claims/<claim_id>/documents/<path:filename>")
@login_required
def claim_document(claim_id: str, filename: str):
    if not claim_id.isdigit() or not _officer_can_view(claim_id):
        abort(404)
    try:
        path = store.locate(claim_id, filename)
    except (PermissionError, FileNotFoundError):
        abort(404)
    return send_file(path, as_attachment=False, max_age=0)
