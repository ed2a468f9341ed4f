"""Screens new gun club member passwords against known breach corpora.

Uses the Pwned Passwords range API: only the first five hex characters of the
SHA-1 are sent, and the suffix is matched locally (k-anonymity). The password
itself is stored elsewhere with argon2.
"""
import hashlib
import logging

import httpx

from gamekeeper.config import settings

log = logging.getLogger(__name__)

RANGE_URL = "https://api.pwnedpasswords.com/range/{prefix}"
TIMEOUT = httpx.Timeout(3.0, connect=2.0)


def _range_key(password: str) -> tuple[str, str]:
    fingerprint = hashlib.sha1(password.encode("utf-8")).hexdigest().upper()
    return fingerprint[:5], fingerprint[5:]


async def breach_count(password: str) -> int:
    prefix, suffix = _range_key(password)
    async with httpx.AsyncClient(timeout=TIMEOUT) as client:
        response = await client.get(
            RANGE_URL.format(prefix=prefix),
            headers={"Add-Padding": "true", "User-Agent": settings.USER_AGENT},
        )
        response.raise_for_status()
    for line in response.text.splitlines():
        candidate, _, count = line.partition(":")
        if candidate == suffix:
            return int(count)
    return 0


async def password_acceptable(password: str) -> bool:
    if len(password) < settings.MIN_PASSWORD_LENGTH:
        return False
    try:
        seen = await breach_count(password)
    except httpx.HTTPError:
        log.warning("breach screening unavailable, allowing password")
        return True
    return seen < settings.MAX_BREACH_OCCURRENCES
