"""Render monthly account statements to PDF and upload them."""
import logging
import os
import subprocess
import tempfile

import boto3
from jinja2 import Environment, PackageLoader, select_autoescape

log = logging.getLogger(__name__)

env = Environment(
    loader=PackageLoader("statements", "templates"),
    autoescape=select_autoescape(["html"]),
)

WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "wkhtmltopdf")
BUCKET = os.environ["STATEMENT_BUCKET"]


def html_to_pdf(html: str) -> bytes:
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as src, \
            tempfile.NamedTemporaryFile(suffix=".pdf") as out:
        src.write(html)
        src.flush()
        subprocess.run(
            [WKHTMLTOPDF, "--quiet", "--page-size", "A4", src.name, out.name],
            check=True,
            timeout=60,
        )
        out.seek(0)
        return out.read()


def publish_statement(statement) -> str:
    html = env.get_template("statement.html").render(statement=statement)
    pdf = html_to_pdf(html)
    key = f"statements/{statement.account_id}/{statement.period}.pdf"
    boto3.client("s3").put_object(Bucket=BUCKET, Key=key, Body=pdf, ContentType="application/pdf")
    log.info("published statement %s/%s", statement.account_id, statement.period)
    return key
