"""Confirmation letters for accessibility assistance bookings.

Customers who book boarding assistance (ramp deployment, a travel assistant
meeting them at a stop, priority seating) can ask for a printed confirmation.
The letter is rendered to PDF and handed to the print-and-post provider.
"""
import os
import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from .printpost import PrintPostClient

env = Environment(
    loader=PackageLoader("assistance", "templates"),
    autoescape=select_autoescape(["html"]),
)

WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "/usr/bin/wkhtmltopdf")


def render_letter_html(booking) -> str:
    template = env.get_template("letters/confirmation.html")
    return template.render(booking=booking, customer=booking.customer)


def letter_pdf(booking) -> bytes:
    html = render_letter_html(booking)
    html_path = tempfile.mktemp(suffix=".html", prefix="assist-")
    pdf_path = html_path[:-5] + ".pdf"
    try:
        Path(html_path).write_text(html, encoding="utf-8")
        subprocess.run(
            [WKHTMLTOPDF, "--quiet", "--page-size", "A4", html_path, pdf_path],
            check=True, timeout=60,
        )
        return Path(pdf_path).read_bytes()
    finally:
        for p in (html_path, pdf_path):
            if os.path.exists(p):
                os.remove(p)


def send_confirmation(booking, client: PrintPostClient | None = None) -> str:
    client = client or PrintPostClient.from_settings()
    pdf = letter_pdf(booking)
    return client.submit(
        recipient=booking.customer.postal_address,
        document=pdf,
        reference=f"ASSIST-{booking.id}",
    )
