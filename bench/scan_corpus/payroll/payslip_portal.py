"""Payslip pages of the employee self-service portal."""
import os
from datetime import datetime
from pathlib import Path

from flask import Blueprint, abort, render_template, request, send_file
from flask_login import current_user, login_required

from ess.audit import record_access

bp = Blueprint("payslips", __name__, url_prefix="/payslips")

PAYSLIP_ROOT = os.environ.get("PAYSLIP_ROOT", "/srv/payroll/payslips")


def _employee_dir() -> str:
    return os.path.join(
        PAYSLIP_ROOT, str(current_user.employer_id), str(current_user.employee_number)
    )


def _describe(path: Path) -> dict:
    stat = path.stat()
    return {
        "name": path.name,
        "period": path.stem.rsplit("_", 1)[-1],
        "size_kb": round(stat.st_size / 1024, 1),
        "published": datetime.fromtimestamp(stat.st_mtime),
    }


@bp.get("/")
@login_required
def index():
    folder = Path(_employee_dir())
    payslips = sorted(folder.glob("*.pdf"), reverse=True) if folder.is_dir() else []
    return render_template("payslips/index.html", payslips=[_describe(p) for p in payslips])


@bp.get("/download")
@login_required
def download():
    filename = request.args.get("file", "")
    path = os.path.join(_employee_dir(), filename)
    if not filename.endswith(".pdf") or not os.path.isfile(path):
        abort(404)
    record_access(current_user.id, "payslip.download", filename)
    return send_file(path, mimetype="application/pdf", as_attachment=True)


@bp.get("/p60")
@login_required
def p60_list():
    folder = Path(_employee_dir()) / "p60"
    certificates = sorted(folder.glob("*.pdf")) if folder.is_dir() else []
    return render_template("payslips/p60.html", certificates=[_describe(p) for p in certificates])
