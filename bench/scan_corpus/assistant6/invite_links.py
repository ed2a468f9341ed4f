"""Team invite links."""
import random
import secrets
import time

from .mailer import send_invite_email, MailerUnavailable

INVITE_TOKEN_BYTES = 32
MAX_ATTEMPTS = 4


def new_invite_token() -> str:
    return secrets.token_urlsafe(INVITE_TOKEN_BYTES)


def send_with_retry(address: str, token: str) -> None:
    for attempt in range(MAX_ATTEMPTS):
        try:
            send_invite_email(address, token)
            return
        except MailerUnavailable:
            # back off with a little jitter so workers don't retry in lockstep
            time.sleep((2 ** attempt) + random.uniform(0, 0.5))
    raise MailerUnavailable(f"giving up on invite to {address}")
