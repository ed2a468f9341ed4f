"""Render invoices to PDF via wkhtmltopdf and upload them to object storage."""
import logging
import os
import subprocess
import tempfile

import boto3
from jinja2 import Environment, PackageLoader, select_autoescape

log = logging.getLogger(__name__)

env = Environment(
    loader=PackageLoader("billing", "templates"),
    autoescape=select_autoescape(["html"]),
)

WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "wkhtmltopdf")
BUCKET = os.environ["INVOICE_BUCKET"]


def render_html(invoice) -> str:
    return env.get_template("invoice.html").render(invoice=invoice, lines=invoice.lines)


def html_to_pdf(html: str) -> bytes:
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as src:
        src.write(html)
        src.flush()
        out_path = tempfile.mktemp(suffix=".pdf")
        try:
            subprocess.run(
                [WKHTMLTOPDF, "--quiet", "--page-size", "A4", src.name, out_path],
                check=True,
                timeout=60,
            )
            with open(out_path, "rb") as fh:
                return fh.read()
        finally:
            if os.path.exists(out_path):
                os.remove(out_path)


def publish_invoice(invoice) -> str:
    pdf = html_to_pdf(render_html(invoice))
    key = f"invoices/{invoice.customer_id}/{invoice.number}.pdf"
    boto3.client("s3").put_object(
        Bucket=BUCKET,
        Key=key,
        Body=pdf,
        ContentType="application/pdf",
        ServerSideEncryption="AES256",
    )
    log.info("published invoice %s (%d bytes)", invoice.number, len(pdf))
    return key
