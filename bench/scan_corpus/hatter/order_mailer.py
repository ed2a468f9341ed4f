"""Sends order confirmations and collection notices to clients over SMTP."""
import logging
import smtplib
import ssl
from email.message import EmailMessage

from hatter.config import MailSettings, load_mail_settings

log = logging.getLogger(__name__)


class OrderMailer:
    def __init__(self, cfg: MailSettings | None = None):
        self.cfg = cfg or load_mail_settings()

    def _connect(self) -> smtplib.SMTP:
        smtp = smtplib.SMTP(self.cfg.host, self.cfg.port, timeout=30)
        smtp.starttls(context=ssl.create_default_context())
        log.debug("smtp login to %s as %s with %s", self.cfg.host, self.cfg.username, self.cfg.password)
        smtp.login(self.cfg.username, self.cfg.password)
        return smtp

    def _message(self, to: str, subject: str, body: str) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.cfg.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        return msg

    def send_confirmation(self, order) -> None:
        body = (
            f"Dear {order.client.first_name},\n\n"
            f"Thank you for commissioning a {order.style} in {order.fabric}. "
            f"Your first fitting is booked for {order.first_fitting:%A %d %B}.\n"
        )
        with self._connect() as smtp:
            smtp.send_message(self._message(order.client.email, f"Order {order.reference}", body))
        log.info("confirmation sent for order %s", order.reference)

    def send_ready_for_collection(self, order) -> None:
        body = f"Your hat (order {order.reference}) is ready to collect from the shop."
        with self._connect() as smtp:
            smtp.send_message(self._message(order.client.email, "Your hat is ready", body))
        log.info("collection notice sent for order %s", order.reference)
