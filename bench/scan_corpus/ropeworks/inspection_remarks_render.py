"""HTML preview of load-test certificates with inspector remarks.

Inspectors type free-text remarks on the test bench tablet; the preview
is shown to the customer in the dealer portal before the PDF is signed.
"""
from pathlib import Path

from flask import Blueprint, abort, request
from jinja2 import Environment, FileSystemLoader

from ropeworks.certificates.repository import get_certificate, save_remarks
from ropeworks.portal.auth import login_required, require_role

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates" / "certificates"

_ENV_OPTIONS = {
    "loader": FileSystemLoader(str(TEMPLATE_DIR)),
    "autoescape": False,
    "trim_blocks": True,
    "lstrip_blocks": True,
}

env = Environment(**_ENV_OPTIONS)
env.filters["kn"] = lambda value: f"{value:,.1f} kN"

bp = Blueprint("cert_preview", __name__, url_prefix="/certificates")


@bp.post("/<int:cert_id>/remarks")
@require_role("inspector")
def update_remarks(cert_id: int):
    remarks = request.form.get("remarks", "").strip()
    if len(remarks) > 2000:
        abort(413)
    save_remarks(cert_id, remarks)
    return "", 204


@bp.get("/<int:cert_id>/preview")
@login_required
def preview(cert_id: int):
    cert = get_certificate(cert_id)
    if cert is None:
        abort(404)
    template = env.get_template("preview.html")
    return template.render(
        certificate_no=cert.number,
        batch_code=cert.batch_code,
        rope_type=cert.rope_type,
        test_load=cert.test_load_kn,
        breaking_load=cert.min_breaking_load_kn,
        inspector=cert.inspector_name,
        remarks=cert.remarks,
        tested_on=cert.tested_on.strftime("%d %b %Y"),
    )
