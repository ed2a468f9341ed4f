"""Renders the pilot's passage report to PDF and uploads it.

After each act of pilotage the pilot fills in the passage report on the
tablet; the server renders it with wkhtmltopdf and stores the PDF with
the job record.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import boto3
from jinja2 import Environment, PackageLoader, select_autoescape

WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF", "/usr/local/bin/wkhtmltopdf")

env = Environment(
    loader=PackageLoader("harbourpilots", "templates"),
    autoescape=select_autoescape(["html"]),
)


@dataclass
class PassageReport:
    job_id: str
    pilot_name: str
    vessel_name: str
    boarded_at: str
    landed_at: str
    remarks: str


def render_pdf(report: PassageReport) -> bytes:
    html = env.get_template("passage_report.html").render(report=report)
    with tempfile.TemporaryDirectory(prefix="passage-") as workdir:
        html_path = Path(workdir) / "report.html"
        pdf_path = Path(workdir) / "report.pdf"
        html_path.write_text(html, encoding="utf-8")
        subprocess.run(
            [WKHTMLTOPDF, "--quiet", "--page-size", "A4", str(html_path), str(pdf_path)],
            check=True,
            timeout=60,
        )
        return pdf_path.read_bytes()


def store_pdf(report: PassageReport, bucket: str) -> str:
    pdf = render_pdf(report)
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(pdf)
        tmp.flush()
        key = f"passage-reports/{report.job_id}.pdf"
        boto3.client("s3").upload_file(tmp.name, bucket, key,
                                       ExtraArgs={"ContentType": "application/pdf"})
    return key
