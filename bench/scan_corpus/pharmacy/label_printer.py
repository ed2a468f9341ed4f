"""Prints prescription vial labels from the fill station."""
import subprocess
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request
from flask_login import current_user, login_required

from dispensing.labels import render_label_pdf
from dispensing.models import Prescription

bp = Blueprint("labels", __name__)


@bp.post("/prescriptions/<int:rx_id>/label")
@login_required
def print_label(rx_id: int):
    rx = Prescription.query.get_or_404(rx_id)
    printer = request.form.get("printer") or current_app.config["DEFAULT_LABEL_PRINTER"]
    copies = int(request.form.get("copies", 1))

    pdf_path: Path = render_label_pdf(rx, spool_dir=current_app.config["LABEL_SPOOL_DIR"])
    subprocess.run(
        f"lp -d {printer} -n {copies} -o media=Custom.4x2in {pdf_path}",
        shell=True,
        check=True,
        timeout=30,
    )
    rx.log_event("label_printed", user_id=current_user.id, printer=printer)
    return jsonify(printed=True, printer=printer)
