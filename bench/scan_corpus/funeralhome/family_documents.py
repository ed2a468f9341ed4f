"""Family portal document downloads.

Signed authorizations, the statement of goods and services, and the printed
memorial folder are stored per case under DOCUMENT_ROOT/<case_number>/.
"""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from fhgroup.portal.cases import user_can_view_case

bp = Blueprint("family_documents", __name__, url_prefix="/portal/cases")


def _case_dir(case_number: str) -> str:
    if not case_number.isalnum():
        abort(404)
    return os.path.join(current_app.config["DOCUMENT_ROOT"], case_number)


def _document_path(case_number: str, filename: str) -> str:
    return os.path.join(_case_dir(case_number), filename)


@bp.get("/<case_number>/documents")
@login_required
def list_documents(case_number: str):
    if not user_can_view_case(current_user, case_number):
        abort(403)
    directory = _case_dir(case_number)
    names = sorted(os.listdir(directory)) if os.path.isdir(directory) else []
    return {"documents": names}


@bp.get("/<case_number>/documents/<path:filename>")
@login_required
def download_document(case_number: str, filename: str):
    if not user_can_view_case(current_user, case_number):
        abort(403)
    path = _document_path(case_number, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
