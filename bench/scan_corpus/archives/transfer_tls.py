"""TLS settings shared by the connectors that move files between the archive and its vendors.

Used by the FTPS collector for digitisation batches and by the SMTP relay that
sends batch reports.
"""

from __future__ import annotations

import ftplib
import os
import smtplib
import ssl
from email.message import EmailMessage

TLS_SETTINGS = {
    "minimum_version": ssl.TLSVersion.TLSv1_2,
    "cafile": os.environ.get("VENDOR_CA_FILE"),
}


def tls_context(settings: dict = TLS_SETTINGS) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.get("cafile"))
    ctx.minimum_version = settings["minimum_version"]
    return ctx


def open_vendor_ftps(host: str) -> ftplib.FTP_TLS:
    ftps = ftplib.FTP_TLS(host=host, context=tls_context(), timeout=120)
    ftps.login(os.environ["VENDOR_FTPS_USER"], os.environ["VENDOR_FTPS_PASSWORD"])
    ftps.prot_p()
    return ftps


def send_batch_report(relay_host: str, recipient: str, batch_id: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = os.environ.get("REPORT_SENDER", "digitisation@archive.example")
    msg["To"] = recipient
    msg["Subject"] = f"Digitisation batch {batch_id} collected"
    msg.set_content(body)
    with smtplib.SMTP(relay_host, 587, timeout=30) as smtp:
        smtp.starttls(context=tls_context())
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)
