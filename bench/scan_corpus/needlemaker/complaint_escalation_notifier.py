"""Escalation notices for serious complaints.

Complaints classed as potentially reportable (for example a needle
fragment left in a patient) are announced to the vigilance team by email
and on the team chat webhook as soon as triage marks them.
"""
import os
import smtplib
from email.message import EmailMessage

import requests

from needlemaker.complaints.models import Complaint

CHAT_WEBHOOK = os.environ["VIGILANCE_CHAT_WEBHOOK"]
SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")
VIGILANCE_LIST = os.environ.get("VIGILANCE_DISTRIBUTION", "vigilance@needlemaker.example")


def _summary(complaint: Complaint) -> str:
    return (
        f"Complaint {complaint.reference} ({complaint.product_code}, lot {complaint.lot_number}) "
        f"flagged potentially reportable; due {complaint.reporting_due:%Y-%m-%d}."
    )


def notify_chat(complaint: Complaint) -> None:
    requests.post(CHAT_WEBHOOK, json={"text": _summary(complaint)}, timeout=10)


def notify_email(complaint: Complaint) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"[Vigilance] {complaint.reference} potentially reportable"
    msg["From"] = "qms-noreply@needlemaker.example"
    msg["To"] = VIGILANCE_LIST
    msg.set_content(_summary(complaint) + "\n\nOpen the case in the QMS to start the assessment.")
    with smtplib.SMTP(SMTP_HOST, 25, timeout=15) as smtp:
        smtp.starttls()
        smtp.send_message(msg)


def escalate(complaint: Complaint) -> None:
    if not complaint.potentially_reportable:
        return
    notify_chat(complaint)
    notify_email(complaint)
