"""Renders insurance valuation certificates to PDF with wkhtmltopdf."""
import os
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = os.environ.get("VALUATION_TEMPLATES", "/srv/atelier/templates/valuations")
WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF", "/usr/local/bin/wkhtmltopdf")

env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html"]))


@dataclass
class ValuationItem:
    description: str
    metal: str
    hallmark: str
    stones: str
    replacement_value_pence: int


def render_html(certificate_no: str, customer: str, items: list, valuer: str) -> str:
    template = env.get_template("certificate.html")
    return template.render(
        certificate_no=certificate_no,
        customer=customer,
        items=items,
        valuer=valuer,
        issued=date.today(),
        total=sum(i.replacement_value_pence for i in items) / 100,
    )


def html_to_pdf(html: str) -> bytes:
    html_path = tempfile.mktemp(suffix=".html", prefix="valuation-")
    pdf_path = html_path[:-5] + ".pdf"
    with open(html_path, "w", encoding="utf-8") as fh:
        fh.write(html)
    try:
        subprocess.run([WKHTMLTOPDF, "--quiet", html_path, pdf_path], check=True, timeout=120)
        with open(pdf_path, "rb") as fh:
            return fh.read()
    finally:
        for p in (html_path, pdf_path):
            if os.path.exists(p):
                os.remove(p)


def certificate_pdf(certificate_no: str, customer: str, items: list, valuer: str) -> bytes:
    return html_to_pdf(render_html(certificate_no, customer, items, valuer))
