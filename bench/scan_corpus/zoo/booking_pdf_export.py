"""Render confirmation packs for school education bookings as PDF.

Teachers download the pack (itinerary, risk assessment, map) from the
booking page; the HTML is rendered with Jinja and converted with
wkhtmltopdf.
"""

import os
import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES = Path(__file__).parent / "templates"
OUTPUT_DIR = Path(os.environ.get("BOOKING_PDF_DIR", "/srv/education/packs"))
WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "wkhtmltopdf")

env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(["html"]),
)


def render_html(booking: dict) -> str:
    return env.get_template("confirmation_pack.html").render(booking=booking)


def export_pack(booking: dict) -> Path:
    """Write the PDF pack for a booking and return its path."""
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    title = f"{booking['school_name']} - {booking['visit_date']}"
    out_path = OUTPUT_DIR / f"booking_{booking['id']}.pdf"

    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:
        fh.write(render_html(booking))
        html_path = fh.name

    try:
        subprocess.run(
            f'{WKHTMLTOPDF} --quiet --title "{title}" {html_path} {out_path}',
            shell=True,
            check=True,
            timeout=120,
        )
    finally:
        os.unlink(html_path)
    return out_path
