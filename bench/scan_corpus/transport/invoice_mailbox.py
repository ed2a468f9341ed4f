"""Collect supplier invoices (PDF attachments) from the accounts-payable mailbox."""
import email
import imaplib
import os
import re
import ssl
import uuid
from pathlib import Path

IMAP_HOST = os.environ["AP_IMAP_HOST"]
IMAP_USER = os.environ["AP_IMAP_USER"]
IMAP_PASSWORD = os.environ["AP_IMAP_PASSWORD"]
UNWANTED_CHARS = re.compile(r"[^A-Za-z0-9._-]+")


def _connect() -> imaplib.IMAP4_SSL:
    conn = imaplib.IMAP4_SSL(IMAP_HOST, 993, ssl_context=ssl.create_default_context())
    conn.login(IMAP_USER, IMAP_PASSWORD)
    return conn


def collect_invoices(dest: Path, folder: str = "INBOX") -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    conn = _connect()
    try:
        conn.select(folder)
        _, data = conn.search(None, '(UNSEEN SUBJECT "invoice")')
        for num in data[0].split():
            _, parts = conn.fetch(num, "(RFC822)")
            msg = email.message_from_bytes(parts[0][1])
            for part in msg.walk():
                if part.get_content_type() != "application/pdf":
                    continue
                original = UNWANTED_CHARS.sub("_", part.get_filename() or "invoice.pdf")[-80:]
                target = dest / f"{uuid.uuid4().hex}_{original}"
                target.write_bytes(part.get_payload(decode=True))
                saved.append(target)
            conn.store(num, "+FLAGS", "\\Seen")
    finally:
        conn.logout()
    return saved
