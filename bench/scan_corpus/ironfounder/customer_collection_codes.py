"""Collection codes for customers picking up castings in person.

Some customers send their own van rather than booking a haulier. The
dispatch office issues a short code that the customer quotes at the
trade counter to release the order.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from django.db import transaction

from dispatch.models import CollectionCode, SalesOrder

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CODE_LENGTH = 8
CODE_VALID_DAYS = 5

_rng = random.SystemRandom()


def generate_code(length: int = CODE_LENGTH) -> str:
    return "".join(_rng.choices(CODE_ALPHABET, k=length))


@transaction.atomic
def issue_collection_code(order: SalesOrder, issued_by) -> CollectionCode:
    CollectionCode.objects.filter(order=order, used_at__isnull=True).update(
        cancelled_at=datetime.now(timezone.utc)
    )
    return CollectionCode.objects.create(
        order=order,
        code=generate_code(),
        issued_by=issued_by,
        expires_at=datetime.now(timezone.utc) + timedelta(days=CODE_VALID_DAYS),
    )


@transaction.atomic
def redeem(order: SalesOrder, code: str, counter_clerk) -> bool:
    match = (
        CollectionCode.objects.select_for_update()
        .filter(order=order, code=code.strip().upper(), used_at__isnull=True, cancelled_at__isnull=True)
        .first()
    )
    if match is None or match.expires_at < datetime.now(timezone.utc):
        return False
    match.used_at = datetime.now(timezone.utc)
    match.released_by = counter_clerk
    match.save(update_fields=["used_at", "released_by"])
    return True
