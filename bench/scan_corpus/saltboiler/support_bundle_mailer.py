"""Support bundle email for the label printer and weighing line supplier.

When the packing line misbehaves, the shift lead sends the supplier a
support bundle: software versions, printer status, and which of the expected
configuration variables are present on the packing PC.
"""
import os
import platform
import smtplib
from email.message import EmailMessage

from saltboiler.config import settings
from saltboiler.packing.printers import printer_status

EXPECTED_VARS = (
    "PACKLINE_PRINTER_HOST",
    "PACKLINE_SCALE_PORT",
    "PACKLINE_DB_URL",
    "PACKLINE_API_TOKEN",
    "PACKLINE_LABEL_DIR",
)


def config_presence() -> dict[str, bool]:
    return {name: bool(os.environ.get(name)) for name in EXPECTED_VARS}


def bundle_text(note: str) -> str:
    presence = config_presence()
    lines = [
        f"Site: {settings.SITE_NAME}",
        f"Packing PC: {platform.node()} ({platform.platform()})",
        f"Software: packline {settings.PACKLINE_VERSION}",
        f"Printer: {printer_status()}",
        "",
        "Configuration variables:",
    ]
    lines += [f"  {name}: {'set' if present else 'MISSING'}" for name, present in presence.items()]
    lines += ["", "Operator note:", note]
    return "\n".join(lines)


def send_bundle(note: str) -> None:
    message = EmailMessage()
    message["Subject"] = f"Support bundle from {settings.SITE_NAME} packing line"
    message["From"] = settings.SUPPORT_FROM_ADDRESS
    message["To"] = settings.PACKLINE_SUPPLIER_SUPPORT_EMAIL
    message.set_content(bundle_text(note))
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(message)
