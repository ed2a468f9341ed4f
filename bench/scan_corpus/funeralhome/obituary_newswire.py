"""Send approved obituaries to newspaper obituary desks by email.

Many small-town papers still take obituaries by email only. Each paper has a
desk address and an SMTP relay in the newspaper_contacts table.
"""
import smtplib
import ssl
from email.message import EmailMessage

from fhgroup.config import get_settings
from fhgroup.obituaries.models import Obituary, NewspaperContact

# some county papers' relays never got past the 2010-era appliance firmware
RELAY_MIN_TLS = ssl.TLSVersion.TLSv1


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = RELAY_MIN_TLS
    return ctx


def build_message(obit: Obituary, contact: NewspaperContact, sender: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = contact.desk_email
    msg["Subject"] = f"Obituary submission: {obit.full_name} ({obit.run_dates_display})"
    msg.set_content(obit.plain_text)
    if obit.photo_bytes:
        msg.add_attachment(obit.photo_bytes, maintype="image", subtype="jpeg", filename="photo.jpg")
    return msg


def send_to_paper(obit: Obituary, contact: NewspaperContact) -> None:
    settings = get_settings()
    message = build_message(obit, contact, settings.OBITUARY_SENDER)
    with smtplib.SMTP(contact.smtp_host, contact.smtp_port or 587, timeout=30) as smtp:
        smtp.starttls(context=_tls_context())
        smtp.login(settings.OBITUARY_SMTP_USER, settings.OBITUARY_SMTP_PASSWORD)
        smtp.send_message(message)
