"""Announces new releases of the dealer API to dealers' technical contacts.

After a release of the dealer order API, each dealer's technical contact
receives an email with the version, the commit it was built from and a
link to the changelog.
"""
import os
import smtplib
import ssl
from email.message import EmailMessage

from jinja2 import Environment, PackageLoader, select_autoescape

from scythesmith.config import settings
from scythesmith.dealers import technical_contacts

templates = Environment(
    loader=PackageLoader("scythesmith", "templates/email"),
    autoescape=select_autoescape(["html"]),
)


def release_info() -> dict[str, str]:
    return {
        "version": os.environ.get("RELEASE_VERSION", "unreleased"),
        "commit": os.environ.get("GIT_SHA", "unknown")[:10],
        "changelog_url": f"{settings.DEVELOPER_DOCS_URL}/changelog",
    }


def build_message(contact, info: dict[str, str]) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.RELEASE_MAIL_FROM
    msg["To"] = contact.email
    msg["Subject"] = f"Scythesmith dealer API {info['version']} released"
    body = templates.get_template("api_release.txt").render(contact=contact, **info)
    msg.set_content(body)
    return msg


def announce() -> int:
    info = release_info()
    sent = 0
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        for contact in technical_contacts():
            smtp.send_message(build_message(contact, info))
            sent += 1
    return sent


if __name__ == "__main__":
    print(f"release announcement sent to {announce()} contacts")
