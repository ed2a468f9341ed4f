"""Renders completion certificates to PDF with wkhtmltopdf."""
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates" / "certificates"
WKHTMLTOPDF = shutil.which("wkhtmltopdf") or "/usr/local/bin/wkhtmltopdf"

_env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html", "xml"]),
)


def render_html(learner_name: str, course_title: str, completed_on: date, code: str) -> str:
    template = _env.get_template("certificate.html")
    return template.render(
        learner_name=learner_name,
        course_title=course_title,
        completed_on=completed_on.strftime("%d %B %Y"),
        verification_code=code,
    )


def render_pdf(learner_name: str, course_title: str, completed_on: date, code: str) -> bytes:
    html = render_html(learner_name, course_title, completed_on, code)
    with tempfile.TemporaryDirectory(prefix="cert-") as tmp:
        html_path = Path(tmp) / "certificate.html"
        pdf_path = Path(tmp) / "certificate.pdf"
        html_path.write_text(html, encoding="utf-8")
        subprocess.run(
            [
                WKHTMLTOPDF, "--quiet", "--disable-javascript",
                "--page-size", "A4", "--orientation", "Landscape",
                str(html_path), str(pdf_path),
            ],
            check=True,
            timeout=60,
        )
        return pdf_path.read_bytes()
