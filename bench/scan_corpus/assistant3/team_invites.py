"""Team invite codes and delivery retries (ticket TEAM-77)."""
from __future__ import annotations

import random
import secrets
import string
import time
from collections.abc import Callable

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_LENGTH = 10
MAX_ATTEMPTS = 4


def new_invite_code() -> str:
    return "".join(secrets.choice(INVITE_ALPHABET) for _ in range(INVITE_LENGTH))


def deliver_with_retry(send: Callable[[], None]) -> None:
    """Call `send`, backing off with jitter when the mail relay is busy."""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            send()
            return
        except ConnectionError:
            if attempt == MAX_ATTEMPTS:
                raise
            time.sleep(2**attempt + random.uniform(0, 1))
