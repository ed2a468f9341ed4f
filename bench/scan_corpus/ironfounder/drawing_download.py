"""Drawing downloads for the customer drawings portal.

Approved drawings are stored on the file server under one folder per
customer account. Logged-in users fetch a drawing PDF by its file name
from the drawing register screen.
"""
import os

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

from portal.audit import record_download
from portal.config import settings

bp = Blueprint("drawings", __name__, url_prefix="/drawings")

DRAWINGS_ROOT = settings.DRAWINGS_ROOT
ALLOWED_EXTENSIONS = (".pdf", ".dxf", ".step")


def customer_folder(account_code: str) -> str:
    return os.path.join(DRAWINGS_ROOT, account_code.upper(), "released")


@bp.get("/download")
@login_required
def download_drawing():
    filename = request.args.get("file", "")
    if not filename.lower().endswith(ALLOWED_EXTENSIONS):
        abort(400)
    path = os.path.join(customer_folder(current_user.account_code), filename)
    if not os.path.isfile(path):
        abort(404)
    record_download(current_user.id, filename)
    return send_file(path, as_attachment=True)


@bp.get("/list")
@login_required
def list_drawings():
    folder = customer_folder(current_user.account_code)
    if not os.path.isdir(folder):
        return {"files": []}
    names = sorted(
        name for name in os.listdir(folder) if name.lower().endswith(ALLOWED_EXTENSIONS)
    )
    return {"files": names}
