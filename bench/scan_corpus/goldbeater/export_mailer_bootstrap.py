"""Start-up of the export paperwork mailer.

The mailer sends commercial invoices, packing lists and certificates of
origin to freight forwarders and consignees over the company SMTP relay.
"""
import logging
import os
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage

logger = logging.getLogger("goldbeater.exports.mailer")


@dataclass
class MailerConfig:
    host: str
    port: int
    username: str
    password: str
    sender: str
    use_starttls: bool = True


def load_config() -> MailerConfig:
    return MailerConfig(
        host=os.environ.get("EXPORT_SMTP_HOST", "smtp.goldbeater.internal"),
        port=int(os.environ.get("EXPORT_SMTP_PORT", "587")),
        username=os.environ["EXPORT_SMTP_USER"],
        password=os.environ["EXPORT_SMTP_PASSWORD"],
        sender=os.environ.get("EXPORT_SENDER", "exports@goldbeater.example"),
    )


class ExportMailer:
    def __init__(self, config: MailerConfig | None = None):
        self.config = config or load_config()
        logger.info("export mailer ready with %r", self.config)

    def send(self, to: str, subject: str, body: str, attachments: list[tuple[str, bytes]]) -> None:
        msg = EmailMessage()
        msg["From"] = self.config.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        for filename, data in attachments:
            msg.add_attachment(data, maintype="application", subtype="pdf", filename=filename)
        with smtplib.SMTP(self.config.host, self.config.port, timeout=30) as smtp:
            if self.config.use_starttls:
                smtp.starttls()
            smtp.login(self.config.username, self.config.password)
            smtp.send_message(msg)
