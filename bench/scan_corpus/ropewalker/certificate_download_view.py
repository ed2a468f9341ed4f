"""Download of break-test certificate attachments (test curves, photos) for logged-in customers."""
import os

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

from ropewalker.certificates.models import BreakTestCertificate
from ropewalker.config import settings
from ropewalker.extensions import db

bp = Blueprint("certificate_files", __name__, url_prefix="/portal/certificates")

ATTACHMENT_ROOT = settings.CERTIFICATE_ATTACHMENT_ROOT
MIME_TYPES = {".pdf": "application/pdf", ".csv": "text/csv", ".png": "image/png"}


def _certificate_for_user(number: str) -> BreakTestCertificate:
    certificate = (
        db.session.query(BreakTestCertificate)
        .filter_by(number=number, customer_id=current_user.customer_id)
        .one_or_none()
    )
    if certificate is None:
        abort(404)
    return certificate


def _attachment_path(certificate: BreakTestCertificate, name: str) -> str:
    folder = os.path.join(ATTACHMENT_ROOT, certificate.batch_code)
    return os.path.join(folder, name)


@bp.get("/<number>/attachments")
@login_required
def attachment(number: str):
    certificate = _certificate_for_user(number)
    name = request.args.get("file", "")
    path = _attachment_path(certificate, name)
    if not os.path.isfile(path):
        abort(404)
    extension = os.path.splitext(path)[1].lower()
    return send_file(
        path,
        mimetype=MIME_TYPES.get(extension, "application/octet-stream"),
        as_attachment=True,
        download_name=os.path.basename(path),
    )
