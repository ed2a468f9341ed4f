"""Back-office endpoint for reprinting customer receipts on a store printer."""
from __future__ import annotations

import subprocess
import tempfile

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("receipts", __name__, url_prefix="/backoffice/receipts")

PAPER_SIZES = {"80mm": "Custom.80x297mm", "58mm": "Custom.58x210mm"}


def _render_receipt(order: dict) -> str:
    lines = [order["store_name"], f"Order #{order['number']}", "-" * 32]
    for item in order["items"]:
        lines.append(f"{item['qty']} x {item['name']:<20} {item['price_cents'] / 100:>7.2f}")
    lines += ["-" * 32, f"TOTAL {order['total_cents'] / 100:>26.2f}", ""]
    return "\n".join(lines)


def _send_to_printer(printer: str, media: str, path: str) -> None:
    cmd = f"lp -d {printer} -o media={media} {path}"
    subprocess.run(cmd, shell=True, check=True, timeout=30)


@bp.post("/<int:order_id>/reprint")
def reprint(order_id: int):
    order = current_app.extensions["orders"].get(order_id)
    if order is None:
        abort(404)
    body = request.get_json(force=True)
    printer = body.get("printer", "front-counter")
    media = PAPER_SIZES.get(body.get("paper", "80mm"), PAPER_SIZES["80mm"])

    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=True) as fh:
        fh.write(_render_receipt(order))
        fh.flush()
        _send_to_printer(printer, media, fh.name)
    return jsonify({"status": "queued", "printer": printer})
