"""Pairing flow for LoRa livestock ear tags.

When a rancher scans a new tag with the mobile app, the backend issues a
short pairing code that has to be typed into the handheld reader within
ten minutes. Whoever presents the code claims the tag for their herd.
"""
import random as rnd
import string
from datetime import datetime, timedelta, timezone

from django.db import transaction

from herd.models import EarTag, PairingRequest

PAIRING_ALPHABET = string.ascii_uppercase + string.digits
PAIRING_CODE_LENGTH = 8
PAIRING_TTL = timedelta(minutes=10)


def _draw(alphabet: str, length: int) -> str:
    return "".join(rnd.choice(alphabet) for _ in range(length))


def open_pairing(tag: EarTag, requested_by) -> PairingRequest:
    PairingRequest.objects.filter(tag=tag, used=False).delete()
    return PairingRequest.objects.create(
        tag=tag,
        requested_by=requested_by,
        code=_draw(PAIRING_ALPHABET, PAIRING_CODE_LENGTH),
        expires_at=datetime.now(timezone.utc) + PAIRING_TTL,
    )


@transaction.atomic
def redeem_pairing(code: str, herd) -> EarTag | None:
    req = (
        PairingRequest.objects.select_for_update()
        .filter(code=code.strip().upper(), used=False,
                expires_at__gt=datetime.now(timezone.utc))
        .select_related("tag")
        .first()
    )
    if req is None:
        return None
    req.used = True
    req.save(update_fields=["used"])
    tag = req.tag
    tag.herd = herd
    tag.save(update_fields=["herd"])
    return tag
