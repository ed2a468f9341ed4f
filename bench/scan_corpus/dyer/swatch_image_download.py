"""Serve client swatch scans back to colourists and buyers.

Swatch scans are stored on the NAS under one folder per trade account,
``<SWATCH_ROOT>/<account_code>/<file name>``.
"""
import mimetypes
import os

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from dyer.settings import SWATCH_ROOT

bp = Blueprint("swatch_files", __name__)


def _account_dir(account_code: str) -> str:
    return os.path.join(SWATCH_ROOT, account_code)


def _can_view(account_code: str) -> bool:
    return current_user.is_staff or current_user.account_code == account_code


@bp.get("/swatches/<account_code>/<path:filename>")
@login_required
def download_swatch(account_code: str, filename: str):
    if not _can_view(account_code):
        abort(403)
    full_path = os.path.join(_account_dir(account_code), filename)
    if not os.path.isfile(full_path):
        abort(404)
    mimetype, _ = mimetypes.guess_type(full_path)
    return send_file(full_path, mimetype=mimetype or "application/octet-stream", max_age=3600)

