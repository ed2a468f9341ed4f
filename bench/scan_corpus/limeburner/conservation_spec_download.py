"""Download endpoint for conservation project documents.

Each listed-building project has a folder of documents: the mortar
specification, sand grading sheets, sample panel photos and the conservation
officer's approval letter. Contractors on the project download them from the
trade portal.
"""

import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from limeworks.projects import contractor_on_project

bp = Blueprint("project_docs", __name__, url_prefix="/projects")


def project_folder(project_ref: str) -> str:
    root = current_app.config["PROJECT_DOCS_ROOT"]
    return os.path.join(root, project_ref.upper())


def document_path(project_ref: str, filename: str) -> str:
    return os.path.join(project_folder(project_ref), "documents", filename)


@bp.get("/<project_ref>/documents")
@login_required
def list_documents(project_ref: str):
    if not contractor_on_project(current_user.account_number, project_ref):
        abort(403)
    folder = os.path.join(project_folder(project_ref), "documents")
    if not os.path.isdir(folder):
        return {"documents": []}
    return {"documents": sorted(os.listdir(folder))}


@bp.get("/<project_ref>/documents/<path:filename>")
@login_required
def download_document(project_ref: str, filename: str):
    if not contractor_on_project(current_user.account_number, project_ref):
        abort(403)
    path = document_path(project_ref, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
