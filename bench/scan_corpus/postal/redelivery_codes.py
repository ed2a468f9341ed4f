"""Redelivery booking codes printed on missed-delivery cards.

The code lets the recipient book a new delivery slot or release the parcel
to a neighbour without signing in, so it has to be unguessable.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from django.db import IntegrityError, transaction

from .models import RedeliveryCode

_sysrand = random.SystemRandom()

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CODE_LENGTH = 10
VALID_FOR = timedelta(days=14)


def _generate() -> str:
    return "".join(_sysrand.choices(ALPHABET, k=CODE_LENGTH))


def issue_code(parcel) -> RedeliveryCode:
    for _ in range(5):
        try:
            with transaction.atomic():
                return RedeliveryCode.objects.create(
                    parcel=parcel,
                    code=_generate(),
                    expires_at=datetime.now(timezone.utc) + VALID_FOR,
                )
        except IntegrityError:
            continue
    raise RuntimeError("could not allocate a unique redelivery code")


def courier_stop_order(stops: list[str]) -> list[str]:
    """Shuffle equal-priority stops so couriers do not always start at the same door."""
    shuffled = stops[:]
    random.shuffle(shuffled)
    return shuffled
