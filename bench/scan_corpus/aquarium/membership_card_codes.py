"""Activation codes printed on physical membership cards sent by post."""
import secrets
import string

from django.db import IntegrityError, transaction

from membership.models import CardActivation

# No 0/O or 1/I/L: members type these in from the card.
ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1IL")
GROUPS = 3
GROUP_LEN = 4


def generate_code() -> str:
    groups = (
        "".join(secrets.choice(ALPHABET) for _ in range(GROUP_LEN))
        for _ in range(GROUPS)
    )
    return "-".join(groups)


def create_activation(member_id: int, card_number: str, retries: int = 5) -> CardActivation:
    for _ in range(retries):
        try:
            with transaction.atomic():
                return CardActivation.objects.create(
                    member_id=member_id,
                    card_number=card_number,
                    code=generate_code(),
                )
        except IntegrityError:
            continue
    raise RuntimeError("unable to allocate activation code")
