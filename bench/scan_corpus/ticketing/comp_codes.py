"""Generation of short redemption codes for comp and guest-list tickets.

Box office staff hand these out verbally or on printed cards, so the
alphabet drops characters that are easy to confuse (0/O, 1/I).
"""
import random
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from tickets.models import CompCode, Event

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10
DEFAULT_VALIDITY = timedelta(days=30)


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(ALPHABET, k=length))


def _pretty(code: str) -> str:
    return "-".join(code[i : i + 5] for i in range(0, len(code), 5))


def issue_comp_codes(event: Event, quantity: int, issued_by, note: str = "") -> list[str]:
    """Create ``quantity`` single-use comp codes for ``event``."""
    expires_at = min(event.starts_at, timezone.now() + DEFAULT_VALIDITY)
    codes: list[str] = []
    with transaction.atomic():
        while len(codes) < quantity:
            code = _new_code()
            try:
                with transaction.atomic():
                    CompCode.objects.create(
                        event=event,
                        code=code,
                        expires_at=expires_at,
                        issued_by=issued_by,
                        note=note[:200],
                    )
            except IntegrityError:
                continue
            codes.append(_pretty(code))
    return codes
