"""Builds the wool clip invoice PDF sent to the broker after each shearing.

The invoice is rendered from an HTML template and converted with
wkhtmltopdf, then attached to the broker email.
"""
import os
import subprocess
import tempfile
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape

from shepherd.mail import send_with_attachment
from shepherd.settings import settings

env = Environment(
    loader=PackageLoader("shepherd.wool", "templates"),
    autoescape=select_autoescape(["html"]),
)


def _line_total(line: dict) -> Decimal:
    return (Decimal(line["kg"]) * Decimal(line["cents_per_kg"]) / 100).quantize(Decimal("0.01"))


def render_html(clip) -> str:
    lines = [dict(line, total=_line_total(line)) for line in clip.lines]
    return env.get_template("clip_invoice.html").render(
        clip=clip,
        lines=lines,
        grand_total=sum((l["total"] for l in lines), Decimal("0")),
        station=settings.station_name,
    )


def render_pdf(clip) -> bytes:
    html = render_html(clip)
    out_path = tempfile.mktemp(suffix=".pdf", prefix=f"clip{clip.id}_")
    try:
        subprocess.run(
            ["wkhtmltopdf", "--quiet", "--page-size", "A4", "-", out_path],
            input=html.encode("utf-8"),
            check=True,
            timeout=60,
        )
        with open(out_path, "rb") as fh:
            return fh.read()
    finally:
        if os.path.exists(out_path):
            os.remove(out_path)


def send_invoice(clip) -> None:
    pdf = render_pdf(clip)
    send_with_attachment(
        to=clip.broker.email,
        subject=f"Wool clip invoice {clip.season} - {settings.station_name}",
        body=f"Please find attached the invoice for {len(clip.lines)} lines.",
        filename=f"clip_invoice_{clip.id}.pdf",
        content=pdf,
    )
