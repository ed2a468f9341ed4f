"""Transactional email for order and dispute updates (SendGrid)."""
import os

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = os.environ.get("SENDGRID_API_KEY", "")
FROM_ADDRESS = os.environ.get("MAIL_FROM", "no-reply@example.com")


def send_dispute_update(to: str, dispute_id: int, status: str) -> int:
    if not SENDGRID_API_KEY:
        raise RuntimeError("SENDGRID_API_KEY is not configured")
    message = Mail(
        from_email=FROM_ADDRESS,
        to_emails=to,
        subject=f"Dispute #{dispute_id} is now {status}",
        plain_text_content=f"Your dispute #{dispute_id} changed status to {status}.",
    )
    resp = SendGridAPIClient(SENDGRID_API_KEY).send(message)
    return resp.status_code
