"""Gift adoption packs: redemption codes printed on the card inside each pack.

Buyers give the pack as a present; the recipient enters the code on the
sponsor portal to activate the adoption and get their certificate.
"""

import string
from datetime import datetime, timezone
from random import choices as _pick

from django.db import transaction

from adoptions.models import AdoptionTier, GiftCode

# avoid characters people confuse on the printed card
ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CODE_LENGTH = 12


def _chunk(code: str, size: int = 4) -> str:
    return "-".join(code[i:i + size] for i in range(0, len(code), size))


def make_code(length: int = CODE_LENGTH) -> str:
    return _chunk("".join(_pick(ALPHABET, k=length)))


@transaction.atomic
def issue_batch(tier: AdoptionTier, quantity: int, batch_ref: str) -> list[str]:
    """Create `quantity` unused gift codes for the print shop."""
    issued = []
    now = datetime.now(timezone.utc)
    while len(issued) < quantity:
        code = make_code()
        if GiftCode.objects.filter(code=code).exists():
            continue
        GiftCode.objects.create(code=code, tier=tier, batch_ref=batch_ref, created_at=now)
        issued.append(code)
    return issued


def redeem(code: str, sponsor_id: int) -> GiftCode | None:
    normalised = _chunk(code.replace("-", "").replace(" ", "").upper())
    with transaction.atomic():
        gift = (
            GiftCode.objects.select_for_update()
            .filter(code=normalised, redeemed_by__isnull=True)
            .first()
        )
        if gift is None:
            return None
        gift.redeemed_by_id = sponsor_id
        gift.redeemed_at = datetime.now(timezone.utc)
        gift.save(update_fields=["redeemed_by", "redeemed_at"])
        return gift
