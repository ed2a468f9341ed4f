"""Removes superseded drawing revisions from a build project's folder.

When the designer issues revision C of a construction section, the
office can delete revision A and B scans that nobody should build from.
"""
from __future__ import annotations

import logging
import os

from flask import Blueprint, abort, current_app, jsonify, request, session

log = logging.getLogger(__name__)
bp = Blueprint("revisions", __name__)


class RevisionFolder:
    def __init__(self, root: str, project_id: int) -> None:
        self.root = os.path.join(root, f"project-{project_id:05d}")

    def revisions(self) -> list[str]:
        if not os.path.isdir(self.root):
            return []
        return sorted(os.listdir(self.root))

    def remove(self, name: str) -> str:
        target = os.path.join(self.root, name)
        if not target.startswith(self.root):
            raise PermissionError(name)
        os.remove(target)
        return target


@bp.get("/projects/<int:project_id>/revisions")
def list_revisions(project_id: int):
    if "staff_id" not in session:
        abort(401)
    folder = RevisionFolder(current_app.config["PROJECT_DRAWINGS_DIR"], project_id)
    return jsonify(project=project_id, revisions=folder.revisions())


@bp.post("/projects/<int:project_id>/revisions/delete")
def delete_revisions(project_id: int):
    if session.get("role") not in {"office", "foreman"}:
        abort(403)
    names = request.get_json(force=True).get("files", [])
    folder = RevisionFolder(current_app.config["PROJECT_DRAWINGS_DIR"], project_id)
    removed, missing = [], []
    for name in names:
        try:
            folder.remove(name)
            removed.append(name)
        except FileNotFoundError:
            missing.append(name)
        except PermissionError:
            abort(400)
    log.info("staff %s removed %d revisions from project %d",
             session["staff_id"], len(removed), project_id)
    return jsonify(removed=removed, missing=missing)
