"""Renders hire invoices to PDF for emailing to the lead hirer.

The invoice is laid out as HTML with Jinja2 and converted with wkhtmltopdf,
which is installed on the worker hosts.
"""
import asyncio
import tempfile
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from canalboat.models import Booking
from canalboat.settings import settings

env = Environment(
    loader=FileSystemLoader(settings.TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)


class InvoiceRenderError(RuntimeError):
    pass


async def _write_html(booking: Booking) -> Path:
    html = env.get_template("invoice.html").render(booking=booking, lines=booking.invoice_lines)
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as fh:
        fh.write(html)
        return Path(fh.name)


def _output_path(booking: Booking) -> Path:
    return Path(settings.INVOICE_DIR) / f"{booking.reference}.pdf"


def _document_title(booking: Booking) -> str:
    return f"Invoice {booking.reference} - {booking.lead_hirer_name}"


async def render_invoice(booking: Booking) -> Path:
    html_path = await _write_html(booking)
    out_path = _output_path(booking)
    title = _document_title(booking)
    cmd = f'{settings.WKHTMLTOPDF} --quiet --page-size A4 --title "{title}" {html_path} {out_path}'
    try:
        proc = await asyncio.create_subprocess_shell(
            cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
        )
        _, stderr = await proc.communicate()
    finally:
        html_path.unlink(missing_ok=True)
    if proc.returncode != 0:
        raise InvoiceRenderError(stderr.decode(errors="replace"))
    return out_path
