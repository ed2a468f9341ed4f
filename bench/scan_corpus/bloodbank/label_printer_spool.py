"""Send rendered unit labels to the CUPS queues on the processing floor."""
import logging
import subprocess
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import login_required

bp = Blueprint("label_print", __name__, url_prefix="/labels")
log = logging.getLogger(__name__)

LP_BIN = "/usr/bin/lp"


def _printer_queues() -> dict[str, str]:
    # bench name -> CUPS queue, configured per site
    return current_app.config["LABEL_PRINTERS"]


def spool(queue: str, label_file: Path, copies: int = 1) -> str:
    cmd = [LP_BIN, "-d", queue, "-n", str(copies), "-o", "raw", "--", str(label_file)]
    result = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=15)
    return result.stdout.strip()


@bp.post("/<unit_number>/print")
@login_required
def print_label(unit_number: str):
    bench = request.json.get("bench", "")
    queue = _printer_queues().get(bench)
    if queue is None:
        abort(400, "unknown bench")
    copies = max(1, min(int(request.json.get("copies", 1)), 4))
    label = current_app.label_renderer.render_zpl(unit_number)
    job = spool(queue, label, copies)
    log.info("label for %s sent to %s: %s", unit_number, queue, job)
    return jsonify({"job": job})
