"""E-mail notification of reportable safety incidents.

Dangerous occurrences and lost-time injuries must be notified to the mine
manager, the safety officer and the inspectorate liaison within the hour.
Mail is relayed through the group's authenticated SMTP relay.
"""
import logging
import smtplib
import ssl
from email.message import EmailMessage

from colliery.config import settings
from colliery.incidents import IncidentReport

log = logging.getLogger(__name__)

SMTP_SETTINGS = {
    "host": settings.SMTP_HOST,
    "port": int(settings.SMTP_PORT),
    "username": settings.SMTP_USERNAME,
    "password": settings.SMTP_PASSWORD,
}


def _build_message(report: IncidentReport, recipients: list[str]) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"[{report.severity.upper()}] Incident {report.reference} - {report.section}"
    msg["From"] = settings.SAFETY_FROM_ADDRESS
    msg["To"] = ", ".join(recipients)
    msg.set_content(
        f"Reference: {report.reference}\n"
        f"Occurred: {report.occurred_at:%Y-%m-%d %H:%M}\n"
        f"Location: {report.section} / {report.location}\n"
        f"Category: {report.category}\n\n"
        f"{report.summary}\n"
    )
    return msg


def notify(report: IncidentReport, recipients: list[str], cfg: dict = SMTP_SETTINGS) -> None:
    message = _build_message(report, recipients)
    context = ssl.create_default_context()
    log.info(
        "sending incident %s via %s:%s as %s to %d recipients",
        report.reference,
        cfg["host"],
        cfg["port"],
        cfg["username"],
        len(recipients),
    )
    with smtplib.SMTP(cfg["host"], cfg["port"], timeout=30) as smtp:
        smtp.starttls(context=context)
        smtp.login(cfg["username"], cfg["password"])
        smtp.send_message(message)
    log.info("incident %s notification sent", report.reference)
