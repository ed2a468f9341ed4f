"""Render printable loan tickets to PDF with wkhtmltopdf."""
import os
import subprocess
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates"
OUTPUT_DIR = Path(os.environ.get("TICKET_PDF_DIR", "/var/lib/pawnops/tickets"))
WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "wkhtmltopdf")

_env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)


def render_html(ticket: dict) -> Path:
    html = _env.get_template("loan_ticket.html").render(ticket=ticket)
    out = OUTPUT_DIR / f"{ticket['ticket_no']}.html"
    out.write_text(html, encoding="utf-8")
    return out


def to_pdf(ticket: dict) -> Path:
    """Write <ticket_no>.pdf next to the HTML and return its path."""
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    html_path = render_html(ticket)
    pdf_path = OUTPUT_DIR / f"{ticket['ticket_no']}.pdf"
    title = f"Loan ticket {ticket['ticket_no']} - {ticket['customer_name']}"
    cmd = f'{WKHTMLTOPDF} --quiet --page-size Letter --title "{title}" {html_path} {pdf_path}'
    subprocess.run(cmd, shell=True, check=True, timeout=60)
    return pdf_path
