"""Download of lease and occupancy-agreement PDFs from the tenant portal."""
import os

from flask import Blueprint, abort, g, send_from_directory

from coopsys.auth import login_required
from coopsys.leases.repo import documents_for_member

bp = Blueprint("lease_documents", __name__, url_prefix="/documents")

LEASE_ROOT = os.environ.get("LEASE_DOCUMENT_ROOT", "/srv/coop/leases")


@bp.get("/")
@login_required
def index():
    docs = documents_for_member(g.member.id)
    return {"documents": [{"name": d.filename, "title": d.title, "signed": d.signed_on.isoformat()} for d in docs]}


@bp.get("/<path:filename>")
@login_required
def download(filename: str):
    allowed = {d.filename for d in documents_for_member(g.member.id)}
    if filename not in allowed:
        abort(404)
    member_dir = os.path.join(LEASE_ROOT, str(g.member.id))
    # send_from_directory rejects anything that would resolve outside member_dir
    return send_from_directory(member_dir, filename, as_attachment=True, mimetype="application/pdf")
