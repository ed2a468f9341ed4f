"""Payslip download endpoint for the employee self-service portal."""
import os
from pathlib import Path

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

from ess.audit import record_access

bp = Blueprint("payslip_files", __name__, url_prefix="/payslips")

PAYSLIP_ROOT = Path(os.environ.get("PAYSLIP_ROOT", "/srv/payroll/payslips")).resolve()


def _employee_root() -> Path:
    return PAYSLIP_ROOT / str(current_user.employer_id) / str(current_user.employee_number)


def _resolve_payslip(filename: str) -> Path:
    base = _employee_root().resolve()
    candidate = (base / filename).resolve()
    if not candidate.is_relative_to(base) or candidate.suffix != ".pdf":
        abort(404)
    if not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/download")
@login_required
def download():
    filename = request.args.get("file", "")
    path = _resolve_payslip(filename)
    record_access(current_user.id, "payslip.download", path.name)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)
