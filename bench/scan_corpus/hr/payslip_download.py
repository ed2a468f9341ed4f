"""Employee self-service: download archived payslips."""
import os

from flask import Blueprint, abort, current_app, g, request, send_file

from portal.auth import login_required

bp = Blueprint("payslips", __name__)


@bp.get("/me/payslips")
@login_required
def list_payslips():
    employee_dir = os.path.join(current_app.config["PAYSLIP_ARCHIVE"], str(g.employee.id))
    if not os.path.isdir(employee_dir):
        return {"payslips": []}
    files = sorted((f for f in os.listdir(employee_dir) if f.endswith(".pdf")), reverse=True)
    return {"payslips": files}


@bp.get("/me/payslips/download")
@login_required
def download_payslip():
    filename = request.args.get("file", "")
    if not filename.endswith(".pdf"):
        abort(400)
    employee_dir = os.path.join(current_app.config["PAYSLIP_ARCHIVE"], str(g.employee.id))
    path = os.path.join(employee_dir, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
