"""Renders invoice HTML to PDF with wkhtmltopdf for download and email attachment."""
import os
import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(loader=PackageLoader("billing", "templates"), autoescape=select_autoescape(["html"]))
WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "/usr/local/bin/wkhtmltopdf")


def render_html(invoice) -> str:
    return env.get_template("invoice.html").render(invoice=invoice)


def render_pdf(invoice, out_dir: Path) -> Path:
    out_path = out_dir / f"{invoice.number}.pdf"
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:
        fh.write(render_html(invoice))
        html_path = fh.name
    try:
        title = invoice.customer.company_name
        cmd = f'{WKHTMLTOPDF} --quiet --title "{title}" {html_path} {out_path}'
        subprocess.run(cmd, shell=True, check=True, timeout=60)
    finally:
        os.unlink(html_path)
    return out_path
