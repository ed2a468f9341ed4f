"""Staging of defect notice PDFs before they are emailed to the operator."""
import os
import smtplib
import tempfile
from email.message import EmailMessage

from wheeltapper.config import settings
from wheeltapper.notices import DefectNotice, render_notice_pdf


def stage_pdf(notice: DefectNotice) -> str:
    fd, path = tempfile.mkstemp(prefix=f"notice_{notice.notice_id}_", suffix=".pdf")
    with os.fdopen(fd, "wb") as fh:
        fh.write(render_notice_pdf(notice))
    return path


def _message(notice: DefectNotice, pdf_path: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.NOTICE_SENDER
    msg["To"] = notice.operator_contact
    msg["Subject"] = f"Wheel defect notice {notice.notice_id}: {notice.vehicle_number}"
    msg.set_content(
        f"Vehicle {notice.vehicle_number}, axle {notice.axle_position}: "
        f"{notice.defect_type} ({notice.severity}).\nPlease acknowledge within 24 hours."
    )
    with open(pdf_path, "rb") as fh:
        msg.add_attachment(fh.read(), maintype="application", subtype="pdf",
                           filename=f"defect_notice_{notice.notice_id}.pdf")
    return msg


def send_notice(notice: DefectNotice) -> None:
    pdf_path = stage_pdf(notice)
    try:
        with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=30) as smtp:
            smtp.starttls()
            smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
            smtp.send_message(_message(notice, pdf_path))
    finally:
        os.remove(pdf_path)
