"""Downloads of crew qualification certificates.

Boatmaster licences, first-aid and radio certificates are scanned by
the office and stored per crew member for inspection by the harbour
authority's marine officers.
"""
import os

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from wherryman.settings import settings

bp = Blueprint("crew_certificates", __name__)

CERT_ROOT = settings.CREW_CERT_DIR


def certificate_path(crew_id: int, filename: str) -> str:
    return os.path.join(CERT_ROOT, str(crew_id), filename)


def can_view(crew_id: int) -> bool:
    return current_user.is_manager or current_user.crew_id == crew_id


@bp.get("/crew/<int:crew_id>/certificates")
@login_required
def list_certificates(crew_id: int):
    if not can_view(crew_id):
        abort(403)
    folder = os.path.join(CERT_ROOT, str(crew_id))
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"crew_id": crew_id, "certificates": names}


@bp.get("/crew/<int:crew_id>/certificates/<path:filename>")
@login_required
def download_certificate(crew_id: int, filename: str):
    if not can_view(crew_id):
        abort(403)
    path = certificate_path(crew_id, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
