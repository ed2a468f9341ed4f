"""Password reset for guardians: a short code sent by e-mail.

Times are timezone-aware UTC datetimes; ``now`` defaults to the current time and
exists so callers (and tests) can pin the clock.
"""
from datetime import datetime


def request_reset(conn, mailer, email: str, now: datetime | None = None) -> None:
    """Send a reset code to ``email`` if it belongs to a guardian."""
    raise NotImplementedError


def confirm_reset(conn, email: str, code: str, new_password: str,
                  now: datetime | None = None) -> bool:
    """Set ``new_password`` if ``code`` is valid for ``email``; return whether it was."""
    raise NotImplementedError
