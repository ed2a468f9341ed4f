"""Export executed notebooks to PDF (via webpdf) and upload them for report subscribers."""
import logging
import os
import tempfile

import boto3
import nbformat
from nbconvert import WebPDFExporter

log = logging.getLogger(__name__)

REPORTS_BUCKET = os.environ.get("REPORTS_BUCKET", "analytics-reports")


def render_pdf(notebook_path: str) -> bytes:
    nb = nbformat.read(notebook_path, as_version=4)
    exporter = WebPDFExporter()
    exporter.exclude_input = True
    body, _resources = exporter.from_notebook_node(nb)
    return body


def publish(notebook_path: str, report_key: str) -> str:
    pdf = render_pdf(notebook_path)
    fd, out_path = tempfile.mkstemp(prefix="nbexport-", suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(pdf)
        boto3.client("s3").upload_file(
            out_path, REPORTS_BUCKET, report_key, ExtraArgs={"ContentType": "application/pdf"}
        )
    finally:
        os.remove(out_path)
    log.info("published %s to s3://%s/%s", notebook_path, REPORTS_BUCKET, report_key)
    return f"s3://{REPORTS_BUCKET}/{report_key}"
