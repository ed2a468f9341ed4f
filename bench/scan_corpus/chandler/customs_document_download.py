"""Download endpoint for customs paperwork generated per port call: ship's
stores declarations, bonded release notes and T2L certificates.
"""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from chandler.customs.models import PortCall

bp = Blueprint("customs_docs", __name__, url_prefix="/customs")


def _port_call_dir(port_call: PortCall) -> str:
    return os.path.join(current_app.config["CUSTOMS_DOC_ROOT"], port_call.reference)


def _load_port_call(port_call_id: int) -> PortCall:
    port_call = PortCall.query.get_or_404(port_call_id)
    if port_call.agency_id != current_user.agency_id:
        abort(404)
    return port_call


@bp.get("/port-calls/<int:port_call_id>/documents")
@login_required
def list_documents(port_call_id: int):
    port_call = _load_port_call(port_call_id)
    folder = _port_call_dir(port_call)
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"port_call": port_call.reference, "documents": names}


@bp.get("/port-calls/<int:port_call_id>/documents/<path:filename>")
@login_required
def download_document(port_call_id: int, filename: str):
    port_call = _load_port_call(port_call_id)
    full_path = os.path.join(_port_call_dir(port_call), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(full_path))
