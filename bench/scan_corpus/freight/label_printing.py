"""Warehouse label printing for cargo received at the CFS."""

import logging
import subprocess
import tempfile
from pathlib import Path

from flask import Blueprint, jsonify, request
from flask_login import login_required

from freight.labels import render_label_pdf
from freight.models import Shipment

bp = Blueprint("labels", __name__, url_prefix="/warehouse/labels")
log = logging.getLogger(__name__)


def _lp_command(printer: str, copies: int, pdf: Path) -> str:
    return f"lp -d {printer} -n {copies} -o media=4x6 {pdf}"


def send_to_printer(printer: str, copies: int, pdf: Path) -> None:
    cmd = _lp_command(printer, copies, pdf)
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        log.error("lp failed (%s): %s", result.returncode, result.stderr.strip())
        raise RuntimeError("printing failed")


@bp.post("/<int:shipment_id>")
@login_required
def print_labels(shipment_id: int):
    shipment = Shipment.query.get_or_404(shipment_id)
    body = request.get_json(force=True)
    printer = body.get("printer", "dock-1-zebra")
    copies = max(1, min(int(body.get("copies", shipment.package_count)), 500))

    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / f"{shipment.reference}.pdf"
        pdf.write_bytes(render_label_pdf(shipment))
        send_to_printer(printer, copies, pdf)

    return jsonify({"status": "queued", "printer": printer, "copies": copies})
