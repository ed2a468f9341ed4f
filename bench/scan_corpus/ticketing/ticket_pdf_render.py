"""Render printable PDF tickets from the HTML ticket template."""
import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

_env = Environment(
    loader=PackageLoader("ticketing", "templates"),
    autoescape=select_autoescape(["html"]),
)

WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"
PAGE_OPTS = "--page-size A6 --orientation Landscape --margin-top 4mm --margin-bottom 4mm"


def _render_html(ticket, event) -> str:
    return _env.get_template("print/ticket.html").render(ticket=ticket, event=event)


def _command(html_path: Path, pdf_path: Path, title: str) -> str:
    return f'{WKHTMLTOPDF} {PAGE_OPTS} --title "{title}" {html_path} {pdf_path}'


def render_ticket_pdf(ticket, event, out_dir: Path) -> Path:
    """Write ``<ticket.id>.pdf`` into ``out_dir`` and return its path."""
    pdf_path = out_dir / f"{ticket.id}.pdf"
    with tempfile.TemporaryDirectory(prefix="tixpdf-") as tmp:
        html_path = Path(tmp) / "ticket.html"
        html_path.write_text(_render_html(ticket, event), encoding="utf-8")
        subprocess.run(
            _command(html_path, pdf_path, f"{event.name} - {ticket.holder_name}"),
            shell=True,
            check=True,
            timeout=60,
        )
    return pdf_path
