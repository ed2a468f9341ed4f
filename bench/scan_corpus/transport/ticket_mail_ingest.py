"""Poll the support mailbox and turn new messages into helpdesk tickets."""
import email
import imaplib
import logging
import os
import ssl
from email.header import decode_header, make_header
from email.message import Message

from helpdesk.models import Ticket, TicketAttachment

log = logging.getLogger(__name__)

MAILBOX = os.environ.get("SUPPORT_MAILBOX", "INBOX")
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024


def _decode(value: str | None) -> str:
    if not value:
        return ""
    return str(make_header(decode_header(value)))


def _text_body(msg: Message) -> str:
    if msg.is_multipart():
        for part in msg.walk():
            if part.get_content_type() == "text/plain" and not part.get_filename():
                return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8", "replace")
        return ""
    return msg.get_payload(decode=True).decode(msg.get_content_charset() or "utf-8", "replace")


def _store_attachments(ticket: Ticket, msg: Message) -> None:
    for part in msg.walk():
        filename = part.get_filename()
        if not filename:
            continue
        data = part.get_payload(decode=True) or b""
        if len(data) > MAX_ATTACHMENT_BYTES:
            log.info("skipping oversized attachment on ticket %s", ticket.pk)
            continue
        TicketAttachment.objects.create(
            ticket=ticket, original_name=_decode(filename)[:200], content=data
        )


def connect() -> imaplib.IMAP4_SSL:
    conn = imaplib.IMAP4_SSL(
        os.environ["SUPPORT_IMAP_HOST"], 993, ssl_context=ssl._create_unverified_context()
    )
    conn.login(os.environ["SUPPORT_IMAP_USER"], os.environ["SUPPORT_IMAP_PASSWORD"])
    return conn


def poll_once() -> int:
    created = 0
    conn = connect()
    try:
        conn.select(MAILBOX)
        _, data = conn.search(None, "UNSEEN")
        for num in data[0].split():
            _, msg_data = conn.fetch(num, "(RFC822)")
            msg = email.message_from_bytes(msg_data[0][1])
            ticket = Ticket.objects.create(
                subject=_decode(msg["Subject"])[:255] or "(no subject)",
                requester_email=email.utils.parseaddr(msg["From"])[1],
                body=_text_body(msg),
            )
            _store_attachments(ticket, msg)
            conn.store(num, "+FLAGS", "\\Seen")
            created += 1
    finally:
        conn.logout()
    return created
