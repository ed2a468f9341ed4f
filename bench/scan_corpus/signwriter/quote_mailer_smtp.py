"""Send quote PDFs to customers over the studio's SMTP relay.

The estimator clicks "send" and the quote, with the drawing attached,
goes out from the studio mailbox.
"""
import logging
import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path

from signwriter.config import settings

logger = logging.getLogger(__name__)


class QuoteMailer:
    def __init__(self, host: str = settings.SMTP_HOST, port: int = settings.SMTP_PORT,
                 username: str = settings.SMTP_USERNAME, password: str = settings.SMTP_PASSWORD):
        self.host = host
        self.port = port
        self.username = username
        self.password = password

    def _message(self, to: str, reference: str, pdf: Path) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = settings.STUDIO_FROM_ADDRESS
        msg["To"] = to
        msg["Subject"] = f"Your sign quote {reference}"
        msg.set_content(
            f"Please find attached our quote {reference}.\n"
            "Reply to this email or call the studio with any questions."
        )
        msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
        return msg

    def send(self, to: str, reference: str, pdf: Path) -> None:
        message = self._message(to, reference, pdf)
        context = ssl.create_default_context()
        logger.info("connecting to %s:%s as %s to send quote %s", self.host, self.port, self.username, reference)
        with smtplib.SMTP(self.host, self.port, timeout=30) as smtp:
            smtp.starttls(context=context)
            smtp.login(self.username, self.password)
            smtp.send_message(message)
        logger.info("quote %s sent to %s", reference, to)
