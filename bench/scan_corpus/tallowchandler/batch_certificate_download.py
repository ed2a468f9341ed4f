"""Lets trade customers download conformity certificates for the batches they bought."""
from pathlib import Path

from flask import Blueprint, Response, abort, request
from flask_login import current_user, login_required

from tallow.config import settings
from tallow.models import BatchCertificate

bp = Blueprint("certificates", __name__, url_prefix="/trade/certificates")


class CertificateStore:
    def __init__(self, root: str = settings.CERTIFICATE_DIR):
        self.root = Path(root)

    def location(self, batch_code: str, document: str) -> Path:
        return self.root / batch_code[:4] / document

    def read(self, batch_code: str, document: str) -> bytes:
        return self.location(batch_code, document).read_bytes()


store = CertificateStore()


@bp.get("/<batch_code>")
@login_required
def list_certificates(batch_code: str):
    certs = BatchCertificate.query.filter_by(
        batch_code=batch_code, account_id=current_user.account_id
    ).all()
    return {"batch": batch_code, "documents": [c.filename for c in certs]}


@bp.get("/<batch_code>/download")
@login_required
def download_certificate(batch_code: str):
    document = request.args.get("doc", "")
    if not document.lower().endswith(".pdf"):
        abort(400)
    owned = BatchCertificate.query.filter_by(
        batch_code=batch_code, account_id=current_user.account_id
    ).first()
    if owned is None:
        abort(404)
    try:
        data = store.read(batch_code, document)
    except FileNotFoundError:
        abort(404)
    return Response(
        data,
        mimetype="application/pdf",
        headers={"Content-Disposition": f"attachment; filename={Path(document).name}"},
    )
