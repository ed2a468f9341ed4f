"""Render customer receipts to PDF on demand for the support tooling."""
import subprocess
from pathlib import Path

from flask import Blueprint, abort, current_app, render_template, request, send_file

bp = Blueprint("receipts", __name__)


@bp.get("/support/receipts/pdf")
def receipt_pdf():
    order_ref = request.args.get("order", "")
    if not order_ref:
        abort(400)

    out_dir = Path(current_app.config["RECEIPT_CACHE_DIR"])
    html_file = out_dir / "receipt.html"
    html_file.write_text(render_template("receipt.html", order_ref=order_ref), encoding="utf-8")

    pdf_name = f"receipt-{order_ref}.pdf"
    subprocess.run(f"wkhtmltopdf --quiet {html_file} {out_dir}/{pdf_name}", shell=True, check=True)
    return send_file(out_dir / pdf_name, mimetype="application/pdf")
