"""Race-pack claim codes for the expo, plus the notifier that emails them."""
import logging
import random
import secrets
import string
import time

from expo.mailer import send_claim_email, TransientMailError

log = logging.getLogger(__name__)

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CODE_LENGTH = 10
MAX_ATTEMPTS = 5


def new_claim_code(length: int = CODE_LENGTH) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def _backoff(attempt: int) -> float:
    # exponential backoff with jitter so retries from many workers spread out
    return min(30.0, 2 ** attempt) * random.uniform(0.5, 1.0)


def issue_and_notify(runner: dict) -> str:
    code = new_claim_code()
    for attempt in range(MAX_ATTEMPTS):
        try:
            send_claim_email(runner["email"], runner["display_name"], code)
            break
        except TransientMailError:
            delay = _backoff(attempt)
            log.warning("mail for bib %s failed, retrying in %.1fs", runner["bib"], delay)
            time.sleep(delay)
    else:
        log.error("giving up on claim email for bib %s", runner["bib"])
    return code
