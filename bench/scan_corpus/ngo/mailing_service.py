"""Transactional email for the supporter newsletter (confirmations, unsubscribes)."""
import logging
import os
from dataclasses import dataclass

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import From, Mail, To

log = logging.getLogger(__name__)

API_KEY_ENV = "SENDGRID_API_KEY"
DEFAULT_SENDER = ("news@riversiderefuge.org.uk", "Riverside Refuge Trust")
TEMPLATES = {
    "confirm_subscription": "d-newsletter-confirm",
    "unsubscribed": "d-newsletter-goodbye",
    "password_reset": "d-portal-password-reset",
}


@dataclass
class MailingService:
    client: SendGridAPIClient
    sender: tuple[str, str] = DEFAULT_SENDER

    @classmethod
    def from_env(cls) -> "MailingService":
        api_key = os.environ.get(API_KEY_ENV)
        if not api_key:
            raise RuntimeError(f"{API_KEY_ENV} is not set")
        return cls(client=SendGridAPIClient(api_key=api_key))

    def send_template(self, template: str, to_email: str, data: dict) -> int:
        message = Mail(from_email=From(*self.sender), to_emails=To(to_email))
        message.template_id = TEMPLATES[template]
        message.dynamic_template_data = data
        resp = self.client.send(message)
        log.info("Sent %s email, provider status %s", template, resp.status_code)
        return resp.status_code

    def confirm_subscription(self, to_email: str, first_name: str, confirm_url: str) -> int:
        return self.send_template(
            "confirm_subscription", to_email, {"first_name": first_name, "confirm_url": confirm_url}
        )
