"""Serves QC lab reports (GC analysis, proof checks) to production staff."""
from flask import Blueprint, abort, current_app, render_template, send_from_directory
from flask_login import login_required

from .lab import reports_for_batch

bp = Blueprint("lab_reports", __name__, url_prefix="/qc/reports")


@bp.get("/batch/<int:batch_id>")
@login_required
def list_reports(batch_id: int):
    return render_template("qc/reports.html", batch_id=batch_id, reports=reports_for_batch(batch_id))


@bp.get("/file/<path:filename>")
@login_required
def report_file(filename: str):
    if not filename.lower().endswith(".pdf"):
        abort(404)
    return send_from_directory(
        current_app.config["QC_REPORTS_DIR"],
        filename,
        as_attachment=False,
        mimetype="application/pdf",
    )
