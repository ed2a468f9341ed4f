"""Sends portal invitations to new buyers at partner distilleries.

Account managers invite purchasing staff to the customer portal. Each invite
carries a one-time link token; sends are spread out a little so a large
winery onboarding does not hit the mail relay all at once.
"""
import random
import secrets
from datetime import datetime, timedelta, timezone

from celery import Celery

from cooperage.db import get_connection
from cooperage.mail import send_template

app = Celery("cooperage_invites")

INVITE_TTL = timedelta(days=7)
MAX_SPREAD_SECONDS = 90
PORTAL_BASE_URL = "https://portal.example-cooperage.com"


def _new_invite_token() -> str:
    return secrets.token_urlsafe(32)


def _send_delay(batch_size: int) -> float:
    if batch_size <= 5:
        return 0.0
    return random.uniform(0, MAX_SPREAD_SECONDS)


def create_invite(customer_id: int, email: str, invited_by: int) -> str:
    token = _new_invite_token()
    expires = datetime.now(timezone.utc) + INVITE_TTL
    with get_connection() as conn:
        conn.execute(
            "INSERT INTO portal_invites (customer_id, email, token, invited_by, expires_at) "
            "VALUES (%s, %s, %s, %s, %s)",
            (customer_id, email, token, invited_by, expires),
        )
    return token


@app.task(name="invites.deliver")
def deliver_invite(customer_id: int, email: str, token: str) -> None:
    send_template(
        to=email,
        template="portal_invite.html",
        context={"link": f"{PORTAL_BASE_URL}/accept/{token}", "customer_id": customer_id},
    )


def invite_buyers(customer_id: int, emails: list[str], invited_by: int) -> int:
    for email in emails:
        token = create_invite(customer_id, email, invited_by)
        deliver_invite.apply_async(
            args=(customer_id, email, token),
            countdown=_send_delay(len(emails)),
        )
    return len(emails)
