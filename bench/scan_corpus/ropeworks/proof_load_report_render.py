"""Renders proof-load test reports to PDF for the test bench operators.

The bench PC posts the test results as JSON; the service renders the
HTML report with Jinja2 and converts it with wkhtmltopdf.
"""
import logging
import os
import subprocess
import uuid
from pathlib import Path

from flask import Flask, abort, jsonify, request, send_file
from jinja2 import Environment, FileSystemLoader, select_autoescape

log = logging.getLogger(__name__)

app = Flask(__name__)

TEMPLATE_DIR = Path(__file__).parent / "templates"
REPORT_DIR = Path(os.environ.get("REPORT_DIR", "/var/lib/ropeworks/reports"))

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)


def _render_html(data: dict) -> Path:
    html = env.get_template("proof_load_report.html").render(**data)
    path = REPORT_DIR / f"{uuid.uuid4().hex}.html"
    path.write_text(html, encoding="utf-8")
    return path


@app.post("/reports")
def create_report():
    data = request.get_json(force=True)
    for field in ("certificate_no", "batch_code", "test_load_kn", "result"):
        if field not in data:
            abort(400, f"missing {field}")
    title = data.get("title") or data["certificate_no"]
    html_path = _render_html(data)
    pdf_path = html_path.with_suffix(".pdf")
    subprocess.run(
        f"wkhtmltopdf --quiet --page-size A4 --title '{title}' {html_path} {pdf_path}",
        shell=True,
        check=True,
        timeout=60,
    )
    html_path.unlink(missing_ok=True)
    log.info("rendered proof-load report %s", data["certificate_no"])
    return jsonify({"report": pdf_path.name}), 201


@app.get("/reports/<report_id>")
def get_report(report_id: str):
    candidates = {p.name: p for p in REPORT_DIR.glob("*.pdf")}
    path = candidates.get(report_id)
    if path is None:
        abort(404)
    return send_file(path, mimetype="application/pdf")
