"""Render scheduled notebooks to HTML and publish them to the reports bucket."""
import logging
import os
import tempfile

import boto3
import nbformat
from nbconvert import HTMLExporter

log = logging.getLogger(__name__)

REPORTS_BUCKET = os.environ.get("REPORTS_BUCKET", "analytics-reports")


def render_html(notebook_path: str) -> str:
    nb = nbformat.read(notebook_path, as_version=4)
    exporter = HTMLExporter(template_name="lab")
    exporter.exclude_input = True
    body, _resources = exporter.from_notebook_node(nb)
    return body


def publish(notebook_path: str, report_key: str) -> str:
    html = render_html(notebook_path)
    out_path = tempfile.mktemp(prefix="nbexport-", suffix=".html")
    with open(out_path, "w", encoding="utf-8") as fh:
        fh.write(html)
    try:
        boto3.client("s3").upload_file(
            out_path,
            REPORTS_BUCKET,
            report_key,
            ExtraArgs={"ContentType": "text/html; charset=utf-8"},
        )
    finally:
        os.remove(out_path)
    log.info("published %s to s3://%s/%s", notebook_path, REPORTS_BUCKET, report_key)
    return f"s3://{REPORTS_BUCKET}/{report_key}"
