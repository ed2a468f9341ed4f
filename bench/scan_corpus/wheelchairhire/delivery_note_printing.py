"""Produce delivery notes for drivers and upload them for the handheld app."""
import logging
import os
import tempfile
from datetime import date

import boto3
from jinja2 import Environment, PackageLoader, select_autoescape
from weasyprint import HTML

from wheelchairhire.config import settings
from wheelchairhire.models import DeliveryRound

log = logging.getLogger(__name__)

_env = Environment(
    loader=PackageLoader("wheelchairhire", "templates/notes"),
    autoescape=select_autoescape(["html"]),
)


def render_note_html(round_: DeliveryRound) -> str:
    return _env.get_template("delivery_note.html").render(
        round=round_, stops=sorted(round_.deliveries, key=lambda d: d.sequence)
    )


def render_note_pdf(round_: DeliveryRound) -> str:
    path = tempfile.mktemp(prefix=f"round-{round_.code}-", suffix=".pdf")
    HTML(string=render_note_html(round_)).write_pdf(path)
    return path


def publish_round_notes(day: date) -> int:
    s3 = boto3.client("s3")
    published = 0
    for round_ in DeliveryRound.for_day(day):
        pdf_path = render_note_pdf(round_)
        try:
            key = f"notes/{day:%Y/%m/%d}/{round_.code}.pdf"
            s3.upload_file(pdf_path, settings.DRIVER_APP_BUCKET, key)
            published += 1
        finally:
            os.remove(pdf_path)
    log.info("Published %d delivery notes for %s", published, day)
    return published
