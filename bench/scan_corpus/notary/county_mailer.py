"""Sends completed-notarization notices to county clerk mailboxes.

Several clerk offices still run their own relay, so each county gets its
own SMTP settings from the ``county_relays`` table.
"""
import os
import smtplib
import ssl
from email.message import EmailMessage


def _relay_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # a handful of county relays have not been upgraded since 2014
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def build_notice(notarization, to_addr: str, from_addr: str) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"Notarization completed: {notarization.document_title}"
    msg["From"] = from_addr
    msg["To"] = to_addr
    msg.set_content(
        f"Document: {notarization.document_title}\n"
        f"Notary: {notarization.notary.full_name} ({notarization.notary.commission_number})\n"
        f"Completed: {notarization.completed_at:%Y-%m-%d %H:%M %Z}\n"
    )
    msg.add_attachment(notarization.sealed_pdf, maintype="application",
                       subtype="pdf", filename="notarized.pdf")
    return msg


def send_to_county(relay, notarization) -> None:
    msg = build_notice(notarization, relay.clerk_address, relay.from_address)
    with smtplib.SMTP(relay.host, relay.port, timeout=60) as smtp:
        smtp.ehlo()
        smtp.starttls(context=_relay_context())
        smtp.ehlo()
        smtp.login(relay.username, os.environ[relay.password_env])
        smtp.send_message(msg)
