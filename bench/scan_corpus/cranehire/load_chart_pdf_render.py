"""Render a crane's load chart to PDF for the lift plan pack.

Planners pick a crane configuration (boom length, counterweight, outrigger
spread) and a title; the chart table is rendered to HTML and converted with
wkhtmltopdf.
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from flask import Blueprint, abort, request, send_file
from jinja2 import Environment, PackageLoader, select_autoescape

bp = Blueprint("load_charts", __name__)

_env = Environment(
    loader=PackageLoader("cranehire", "templates"),
    autoescape=select_autoescape(["html"]),
)


def _chart_rows(crane_model: str, boom_m: float, counterweight_t: float):
    from cranehire.charts import duty_table

    rows = duty_table(crane_model, boom_m, counterweight_t)
    if not rows:
        raise LookupError(crane_model)
    return rows


def render_pdf(title: str, html: str, workdir: Path) -> Path:
    html_path = workdir / "chart.html"
    pdf_path = workdir / "chart.pdf"
    html_path.write_text(html, encoding="utf-8")
    subprocess.run(f"wkhtmltopdf --quiet --title '{title}' {html_path} {pdf_path}", shell=True, check=True, timeout=60)
    return pdf_path


@bp.post("/load-charts/pdf")
def load_chart_pdf():
    form = request.get_json(force=True)
    try:
        boom_m = float(form["boom_m"])
        counterweight_t = float(form["counterweight_t"])
        rows = _chart_rows(form["crane_model"], boom_m, counterweight_t)
    except (KeyError, ValueError, LookupError):
        abort(400)
    title = form.get("title") or f"{form['crane_model']} load chart"
    html = _env.get_template("load_chart.html").render(
        title=title, crane_model=form["crane_model"], boom_m=boom_m,
        counterweight_t=counterweight_t, rows=rows,
    )
    workdir = Path(tempfile.mkdtemp(prefix="loadchart-"))
    try:
        pdf_path = render_pdf(title, html, workdir)
        data = pdf_path.read_bytes()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    from io import BytesIO

    return send_file(BytesIO(data), mimetype="application/pdf",
                     download_name="load-chart.pdf", as_attachment=True)
