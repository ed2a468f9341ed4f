"""Packing-line endpoint that sends a rendered label batch to a CUPS queue."""
from __future__ import annotations

import datetime as dt
import logging
import subprocess
from pathlib import Path

from flask import Blueprint, abort, jsonify, request

from .labels import render_batch_pdf

log = logging.getLogger(__name__)
bp = Blueprint("label_print", __name__)

PRINTERS = {"line-a": "zebra_line_a", "line-b": "zebra_line_b", "chill": "zebra_chill"}


def send_to_printer(pdf_path: Path, queue: str, batch_name: str) -> str:
    title = f"{batch_name} {dt.date.today():%d%m}"
    cmd = " ".join(["lp", "-d", queue, "-t", f'"{title}"', "-o", "media=Custom.100x150mm", str(pdf_path)])
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip())
    return result.stdout.strip()


@bp.post("/packing/labels/print")
def print_labels():
    payload = request.get_json(silent=True) or {}
    queue = PRINTERS.get(payload.get("line", ""))
    if queue is None:
        abort(400, "unknown packing line")
    batch_name = payload.get("batch_name") or "batch"
    pdf_path = render_batch_pdf(payload.get("order_ids", []))
    job = send_to_printer(pdf_path, queue, batch_name)
    log.info("queued %s on %s", pdf_path.name, queue)
    return jsonify({"job": job})
