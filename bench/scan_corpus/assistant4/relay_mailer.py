"""Send report e-mails through the on-prem Exchange relay."""
import logging
import os
import smtplib
import ssl
from email.message import EmailMessage

log = logging.getLogger(__name__)


class RelayMailer:
    # The relay is still on Exchange 2010, which cannot negotiate anything newer.
    tls_floor = ssl.TLSVersion.TLSv1

    def __init__(self, host: str, port: int = 587, user: str | None = None,
                 password: str | None = None, ca_file: str | None = None):
        self.host = host
        self.port = port
        self.user = user
        self._password = password
        self.ca_file = ca_file

    @classmethod
    def from_env(cls) -> "RelayMailer":
        return cls(
            host=os.environ["SMTP_RELAY_HOST"],
            port=int(os.environ.get("SMTP_RELAY_PORT", "587")),
            user=os.environ.get("SMTP_RELAY_USER"),
            password=os.environ.get("SMTP_RELAY_PASSWORD"),
            ca_file=os.environ.get("SMTP_RELAY_CA_FILE"),
        )

    def _tls_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.ca_file)
        ctx.minimum_version = self.tls_floor
        return ctx

    def send(self, msg: EmailMessage) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=30) as smtp:
            smtp.starttls(context=self._tls_context())
            if self.user:
                smtp.login(self.user, self._password or "")
            smtp.send_message(msg)
        log.info("sent %r to %s via %s", msg["Subject"], msg["To"], self.host)
