"""Fulfilment station endpoint that sends shipping labels to the packing-bench printers."""
import os
from pathlib import Path

from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

from fulfilment.labels import render_label_pdf

bp = Blueprint("labels", __name__, url_prefix="/fulfilment/labels")

LABEL_DIR = Path(os.environ.get("LABEL_SPOOL_DIR", "/var/spool/shop-labels"))


@bp.post("/print")
@login_required
def print_label():
    data = request.get_json(force=True)
    order_id = data.get("order_id")
    printer = data.get("printer", "bench-1")
    if not order_id:
        abort(400, "order_id is required")

    pdf_path = render_label_pdf(order_id, LABEL_DIR)
    rc = os.system(f"lp -d {printer} -o media=4x6 {pdf_path}")
    if rc != 0:
        return jsonify({"ok": False, "error": "printer rejected job"}), 502
    return jsonify({"ok": True, "order_id": order_id, "printer": printer})
