"""Download routes for batch test certificates on the trade portal."""
import os

from flask import Blueprint, abort, g, request, send_file

from cordmaker.auth import login_required
from cordmaker.models import Batch
from cordmaker.settings import CERTIFICATE_ROOT

bp = Blueprint("certificates", __name__, url_prefix="/portal/certificates")


def certificate_folder(batch: Batch) -> str:
    return os.path.join(CERTIFICATE_ROOT, str(batch.produced_on.year), batch.batch_no)


@bp.get("/<batch_no>")
@login_required
def list_certificates(batch_no: str):
    batch = Batch.query.filter_by(batch_no=batch_no).first_or_404()
    if not g.account.can_view_batch(batch):
        abort(403)
    folder = certificate_folder(batch)
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(".pdf"))
    return {"batch": batch_no, "files": names}


@bp.get("/<batch_no>/download")
@login_required
def download_certificate(batch_no: str):
    batch = Batch.query.filter_by(batch_no=batch_no).first_or_404()
    if not g.account.can_view_batch(batch):
        abort(403)
    filename = request.args.get("file", f"{batch_no}.pdf")
    target = os.path.join(certificate_folder(batch), filename)
    if not os.path.isfile(target):
        abort(404)
    return send_file(target, mimetype="application/pdf", as_attachment=True,
                     download_name=os.path.basename(target))
