"""Render offer letters to PDF with wkhtmltopdf."""

import logging
import os
import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

log = logging.getLogger(__name__)

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates" / "offers"
WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "wkhtmltopdf")

_env = Environment(
    loader=FileSystemLoader(str(TEMPLATE_DIR)),
    autoescape=select_autoescape(["html"]),
)


def render_offer_html(offer: dict) -> str:
    template = _env.get_template("offer_letter.html")
    return template.render(offer=offer, candidate=offer["candidate"])


def render_offer_pdf(offer: dict) -> bytes:
    html = render_offer_html(offer)
    html_path = tempfile.mktemp(suffix=".html", prefix="offer-")
    pdf_path = html_path[:-5] + ".pdf"
    with open(html_path, "w", encoding="utf-8") as fh:
        fh.write(html)
    try:
        subprocess.run(
            [WKHTMLTOPDF, "--quiet", "--page-size", "Letter", html_path, pdf_path],
            check=True,
            capture_output=True,
            timeout=60,
        )
        return Path(pdf_path).read_bytes()
    finally:
        for leftover in (html_path, pdf_path):
            try:
                os.unlink(leftover)
            except FileNotFoundError:
                pass
        log.info("rendered offer %s", offer.get("id"))
