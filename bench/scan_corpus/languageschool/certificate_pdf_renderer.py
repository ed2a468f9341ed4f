"""Renders completion certificates to PDF with wkhtmltopdf."""
from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates"
WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"

_env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html"]))


@dataclass
class CertificateData:
    student_name: str
    course_title: str
    cefr_level: str
    hours: int
    issued_on: date
    verification_code: str


def _render_html(data: CertificateData) -> str:
    return _env.get_template("certificate.html").render(cert=data)


def render_certificate_pdf(data: CertificateData) -> bytes:
    html = _render_html(data)
    with tempfile.TemporaryDirectory(prefix="cert-") as workdir:
        source = Path(workdir) / "certificate.html"
        target = Path(workdir) / "certificate.pdf"
        source.write_text(html, encoding="utf-8")
        subprocess.run(
            [
                WKHTMLTOPDF,
                "--quiet",
                "--page-size", "A4",
                "--orientation", "Landscape",
                "--disable-local-file-access",
                str(source),
                str(target),
            ],
            check=True,
            timeout=60,
        )
        return target.read_bytes()


def save_certificate(data: CertificateData, archive_dir: Path) -> Path:
    archive_dir.mkdir(parents=True, exist_ok=True)
    path = archive_dir / f"{data.issued_on:%Y%m%d}-{data.verification_code}.pdf"
    path.write_bytes(render_certificate_pdf(data))
    return path
