"""Render the weekly therapist rota to PDF and publish it to the staff hub.

The rota is rendered to HTML with Jinja, converted with wkhtmltopdf and
uploaded to the object store that backs the staff noticeboard.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date

import boto3
from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(
    loader=PackageLoader("spa.rota", "templates"),
    autoescape=select_autoescape(["html"]),
)


@dataclass
class RotaWeek:
    site: str
    week_start: date
    rows: list[dict]


def render_html(week: RotaWeek) -> str:
    return env.get_template("weekly_rota.html").render(week=week)


def html_to_pdf(html: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="rota-") as workdir:
        source = os.path.join(workdir, "rota.html")
        target = os.path.join(workdir, "rota.pdf")
        with open(source, "w", encoding="utf-8") as handle:
            handle.write(html)
        subprocess.run(
            ["wkhtmltopdf", "--quiet", "--page-size", "A4", "-O", "Landscape", source, target],
            check=True,
            timeout=120,
        )
        with open(target, "rb") as handle:
            return handle.read()


def publish(week: RotaWeek, bucket: str = os.environ.get("STAFF_HUB_BUCKET", "spa-staff-hub")) -> str:
    key = f"rotas/{week.site}/{week.week_start.isoformat()}.pdf"
    boto3.client("s3").put_object(
        Bucket=bucket,
        Key=key,
        Body=html_to_pdf(render_html(week)),
        ContentType="application/pdf",
        ServerSideEncryption="aws:kms",
    )
    return key
