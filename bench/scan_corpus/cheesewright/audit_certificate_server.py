"""Serves supplier and laboratory certificates from the food safety audit file."""
import logging

from flask import Blueprint, abort, send_from_directory
from flask_login import current_user, login_required
from werkzeug.exceptions import NotFound

from cheesewright.settings import AUDIT_DOCUMENT_ROOT

logger = logging.getLogger(__name__)

bp = Blueprint("audit_certs", __name__, url_prefix="/audit/certificates")

CERTIFICATE_FOLDERS = {
    "milk": "supplier-certs/milk",
    "cultures": "supplier-certs/cultures",
    "lab": "lab-results",
    "salt": "supplier-certs/salt",
}


def folder_for(kind: str) -> str:
    try:
        return f"{AUDIT_DOCUMENT_ROOT}/{CERTIFICATE_FOLDERS[kind]}"
    except KeyError:
        abort(404)


@bp.get("/<kind>/<path:filename>")
@login_required
def certificate(kind: str, filename: str):
    folder = folder_for(kind)
    try:
        response = send_from_directory(folder, filename, as_attachment=True)
    except NotFound:
        logger.info("Certificate %s/%s not found for user %s", kind, filename, current_user.id)
        raise
    logger.info("User %s fetched certificate %s/%s", current_user.id, kind, filename)
    return response


@bp.get("/")
@login_required
def kinds():
    return {"kinds": sorted(CERTIFICATE_FOLDERS)}
