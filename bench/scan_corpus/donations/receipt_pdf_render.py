"""Render annual giving statements to PDF with wkhtmltopdf."""

import os
import subprocess
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates"
OUTPUT_DIR = Path(os.environ.get("STATEMENT_OUTPUT_DIR", "/srv/fundraising/statements"))
WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "wkhtmltopdf")

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)


def render_html(supporter: dict, gifts: list[dict], tax_year: str) -> str:
    template = env.get_template("annual_statement.html")
    return template.render(supporter=supporter, gifts=gifts, tax_year=tax_year)


def html_to_pdf(html_path: Path, pdf_name: str, title: str) -> Path:
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    pdf_path = OUTPUT_DIR / pdf_name
    cmd = f"{WKHTMLTOPDF} --quiet --page-size A4 --title '{title}' {html_path} {pdf_path}"
    subprocess.run(cmd, shell=True, check=True, timeout=120)
    return pdf_path


def render_statement(supporter: dict, gifts: list[dict], tax_year: str, work_dir: Path) -> Path:
    html_path = work_dir / f"statement-{supporter['id']}.html"
    html_path.write_text(render_html(supporter, gifts, tax_year), encoding="utf-8")
    pdf_name = f"statement-{int(supporter['id'])}.pdf"
    title = f"Annual giving statement for {supporter['first_name']} {supporter['last_name']}"
    return html_to_pdf(html_path, pdf_name, title)
