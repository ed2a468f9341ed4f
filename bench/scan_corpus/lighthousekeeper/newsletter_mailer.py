"""Sends the quarterly "Lamp Room" newsletter to donors and Friends of the Light."""
import logging
import os

from mailjet_rest import Client

from lighthousekeeper.donors.queries import newsletter_recipients
from lighthousekeeper.settings import settings

log = logging.getLogger(__name__)

API_KEY_ENV = "MAILJET_API_KEY"
API_SECRET_ENV = "MAILJET_API_SECRET"
SENDER = {"Email": "newsletter@lighthousekeeper.org.uk", "Name": "Lighthouse Heritage Trust"}
BATCH = 50


def _client() -> Client:
    return Client(auth=(os.environ[API_KEY_ENV], os.environ[API_SECRET_ENV]), version="v3.1")


def _message(recipient, subject: str, html: str) -> dict:
    return {
        "From": SENDER,
        "To": [{"Email": recipient.email, "Name": recipient.display_name}],
        "Subject": subject,
        "HTMLPart": html,
        "CustomID": f"newsletter-{settings.NEWSLETTER_ISSUE}-{recipient.id}",
    }


def send_issue(subject: str, html: str) -> int:
    client = _client()
    recipients = list(newsletter_recipients())
    sent = 0
    for start in range(0, len(recipients), BATCH):
        chunk = recipients[start : start + BATCH]
        result = client.send.create(data={"Messages": [_message(r, subject, html) for r in chunk]})
        if result.status_code != 200:
            log.error("mailjet batch at %d failed with %s", start, result.status_code)
            continue
        sent += len(chunk)
    log.info("newsletter issue %s sent to %d recipients", settings.NEWSLETTER_ISSUE, sent)
    return sent
