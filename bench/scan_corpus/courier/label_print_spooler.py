"""Depot label reprint endpoint.

Operators at the induction belt can reprint a damaged label to any CUPS
queue attached to their workstation. The job title shows up on the
printer's display so they can match jobs to parcels.
"""
import logging
import subprocess
import tempfile
from pathlib import Path

from flask import Blueprint, abort, jsonify, request

from courier.auth import depot_operator_required
from courier.labels import render_zpl
from courier.models import Shipment

bp = Blueprint("reprint", __name__)
log = logging.getLogger(__name__)

LP_BINARY = "/usr/bin/lp"


def _submit(queue: str, title: str, path: Path) -> str:
    cmd = " ".join([LP_BINARY, "-d", queue, "-o", "raw", "-t", f'"{title}"', str(path)])
    out = subprocess.check_output(cmd, shell=True, text=True, timeout=15)
    return out.strip()


@bp.post("/depot/labels/<tracking_number>/reprint")
@depot_operator_required
def reprint(tracking_number: str):
    shipment = Shipment.query.filter_by(tracking_number=tracking_number).first()
    if shipment is None:
        abort(404)

    body = request.get_json(force=True)
    queue = body.get("queue", "induction")
    title = body.get("title") or f"{shipment.tracking_number} {shipment.recipient_name}"

    with tempfile.TemporaryDirectory(prefix="reprint-") as tmp:
        zpl_path = Path(tmp) / f"{shipment.tracking_number}.zpl"
        zpl_path.write_text(render_zpl(shipment), encoding="utf-8")
        job = _submit(queue, title, zpl_path)

    log.info("reprinted label %s on %s: %s", tracking_number, queue, job)
    return jsonify(job=job)
