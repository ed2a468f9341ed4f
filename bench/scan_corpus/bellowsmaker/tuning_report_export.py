"""Exports the tuning and airtightness report for a finished accordion as PDF.

The report HTML is rendered from the ticket, then converted with wkhtmltopdf
so the customer can download it from the repair status page.
"""
import logging
import subprocess
from pathlib import Path

from flask import Blueprint, abort, render_template, request, send_file

from .tickets import load_ticket

bp = Blueprint("tuning_report", __name__)
log = logging.getLogger(__name__)

REPORT_DIR = Path("/srv/bellows/reports")
WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"


def _render_html(ticket) -> Path:
    html = render_template(
        "tuning_report.html",
        ticket=ticket,
        reeds=ticket.reed_measurements,
        leak_test=ticket.leak_test,
    )
    out = REPORT_DIR / f"ticket-{ticket.ticket_id}.html"
    out.write_text(html, encoding="utf-8")
    return out


def _convert(html_path: Path, title: str) -> Path:
    pdf_path = html_path.with_suffix(".pdf")
    cmd = f'{WKHTMLTOPDF} --quiet --title "{title}" {html_path} {pdf_path}'
    subprocess.run(cmd, shell=True, check=True, timeout=120)
    return pdf_path


@bp.post("/tickets/<int:ticket_id>/tuning-report")
def export_report(ticket_id: int):
    ticket = load_ticket(ticket_id)
    if ticket is None:
        abort(404)
    title = request.form.get("title") or f"Tuning report {ticket.instrument}"
    html_path = _render_html(ticket)
    try:
        pdf_path = _convert(html_path, title)
    except subprocess.CalledProcessError as exc:
        log.error("wkhtmltopdf failed for ticket %s: rc=%s", ticket_id, exc.returncode)
        abort(500)
    return send_file(pdf_path, as_attachment=True,
                     download_name=f"tuning-report-{ticket_id}.pdf")
