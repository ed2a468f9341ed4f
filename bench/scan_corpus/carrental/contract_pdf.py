"""Rendering of rental agreements to PDF and upload to document storage."""
import logging
import os
import tempfile

import boto3
from django.conf import settings
from django.template.loader import render_to_string
from weasyprint import HTML

log = logging.getLogger(__name__)

s3 = boto3.client("s3")


def render_agreement_html(reservation) -> str:
    return render_to_string(
        "contracts/agreement.html",
        {
            "reservation": reservation,
            "driver": reservation.primary_driver,
            "vehicle": reservation.vehicle,
            "one_way_fee": reservation.one_way_fee,
            "deposit": reservation.deposit_hold,
        },
    )


def _object_key(reservation) -> str:
    return f"agreements/{reservation.pickup_at:%Y/%m}/{reservation.confirmation_code}.pdf"


def publish_agreement(reservation) -> str:
    html = render_agreement_html(reservation)
    pdf_path = tempfile.mktemp(suffix=".pdf", prefix="agreement-")
    try:
        HTML(string=html, base_url=settings.STATIC_ROOT).write_pdf(pdf_path)
        key = _object_key(reservation)
        s3.upload_file(
            pdf_path,
            settings.DOCUMENTS_BUCKET,
            key,
            ExtraArgs={"ContentType": "application/pdf", "ServerSideEncryption": "aws:kms"},
        )
    finally:
        if os.path.exists(pdf_path):
            os.remove(pdf_path)
    log.info("published agreement for %s", reservation.confirmation_code)
    return key
