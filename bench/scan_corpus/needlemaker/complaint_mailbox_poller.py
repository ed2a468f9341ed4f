"""Poller for the complaints@ shared mailbox.

Customer service forwards complaint emails to a shared mailbox; this
Celery task pulls unread messages and opens draft complaint records.
"""
import email
import imaplib
import logging
from email.header import decode_header, make_header

from celery import shared_task

from needlemaker.complaints.intake import open_draft_from_email
from needlemaker.config import settings

logger = logging.getLogger(__name__)

MAILBOX_SETTINGS = {
    "host": settings.COMPLAINT_IMAP_HOST,
    "port": 993,
    "user": settings.COMPLAINT_IMAP_USER,
    "secret": settings.COMPLAINT_IMAP_PASSWORD,
    "folder": "INBOX",
}


def _connect(cfg: dict) -> imaplib.IMAP4_SSL:
    conn = imaplib.IMAP4_SSL(cfg["host"], cfg["port"])
    try:
        conn.login(cfg["user"], cfg["secret"])
    except imaplib.IMAP4.error:
        logger.error("IMAP login rejected for %s (using %r) on %s", cfg["user"], cfg["secret"], cfg["host"])
        raise
    conn.select(cfg["folder"])
    return conn


def _subject(message) -> str:
    return str(make_header(decode_header(message.get("Subject", ""))))


@shared_task(name="complaints.poll_mailbox")
def poll_complaint_mailbox() -> int:
    conn = _connect(MAILBOX_SETTINGS)
    opened = 0
    try:
        _, data = conn.search(None, "UNSEEN")
        for num in data[0].split():
            _, parts = conn.fetch(num, "(RFC822)")
            message = email.message_from_bytes(parts[0][1])
            draft = open_draft_from_email(message)
            logger.info("Draft complaint %s from %r", draft.reference, _subject(message))
            conn.store(num, "+FLAGS", "\\Seen")
            opened += 1
    finally:
        conn.logout()
    return opened
