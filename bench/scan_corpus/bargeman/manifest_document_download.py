"""Download of supporting documents (bills of lading, certificates) attached to bookings."""
import os

from flask import Blueprint, abort, current_app, g, send_file

from bargeman.auth import login_required
from bargeman.bookings import booking_visible_to

bp = Blueprint("manifest_docs", __name__, url_prefix="/bookings")

MIME_BY_EXT = {
    ".pdf": "application/pdf",
    ".xml": "application/xml",
    ".csv": "text/csv",
}


def _document_dir(booking_ref: str) -> str:
    return os.path.join(current_app.config["MANIFEST_DOC_ROOT"], booking_ref.upper())


@bp.get("/<booking_ref>/documents/<path:filename>")
@login_required
def download_document(booking_ref: str, filename: str):
    if not booking_visible_to(booking_ref, g.user):
        abort(404)
    path = os.path.join(_document_dir(booking_ref), filename)
    if not os.path.isfile(path):
        abort(404)
    mimetype = MIME_BY_EXT.get(os.path.splitext(path)[1].lower(), "application/octet-stream")
    return send_file(path, mimetype=mimetype, as_attachment=True)


@bp.get("/<booking_ref>/documents")
@login_required
def list_documents(booking_ref: str):
    if not booking_visible_to(booking_ref, g.user):
        abort(404)
    directory = _document_dir(booking_ref)
    names = sorted(os.listdir(directory)) if os.path.isdir(directory) else []
    return {"booking_ref": booking_ref, "documents": names}
