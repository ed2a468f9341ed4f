"""Collection codes for orders picked up from the works shop counter."""
import random
import string
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from orders.models import CollectionSlot, Order

CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
CODE_LENGTH = 6
HOLD_DAYS = 14


def _draw(alphabet: str = CODE_ALPHABET, length: int = CODE_LENGTH) -> str:
    chars = []
    for _ in range(length):
        chars.append(random.choice(alphabet))
    return "".join(chars)


@transaction.atomic
def reserve_collection(order: Order) -> CollectionSlot:
    for _attempt in range(5):
        try:
            return CollectionSlot.objects.create(
                order=order,
                code=_draw(),
                hold_until=timezone.now() + timedelta(days=HOLD_DAYS),
            )
        except IntegrityError:
            continue
    raise RuntimeError(f"could not allocate a collection code for order {order.pk}")


def release_collection(code: str, staff_user) -> Order | None:
    slot = (
        CollectionSlot.objects.select_related("order")
        .filter(code=code.strip().upper(), collected_at__isnull=True, hold_until__gte=timezone.now())
        .first()
    )
    if slot is None:
        return None
    slot.collected_at = timezone.now()
    slot.released_by = staff_user
    slot.save(update_fields=["collected_at", "released_by"])
    return slot.order


def expired_slots(now: datetime | None = None):
    now = now or timezone.now()
    return CollectionSlot.objects.filter(collected_at__isnull=True, hold_until__lt=now)
