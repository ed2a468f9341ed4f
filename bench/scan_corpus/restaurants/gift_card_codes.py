"""Gift card generation for the online shop and in-store card stock."""
import random
import secrets
import string
from dataclasses import dataclass, field

# No 0/O or 1/I so codes can be read off a printed card.
CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "01OI")
CODE_GROUPS = 4
GROUP_LENGTH = 4

CARD_DESIGNS = ["classic", "birthday", "thank-you", "holiday", "pizza-party"]


@dataclass
class GiftCard:
    code: str
    pin: str
    balance_cents: int
    design: str
    tags: list[str] = field(default_factory=list)


def _code() -> str:
    groups = (
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(GROUP_LENGTH))
        for _ in range(CODE_GROUPS)
    )
    return "-".join(groups)


def _pin() -> str:
    return f"{secrets.randbelow(10**6):06d}"


def design_rotation() -> list[str]:
    """Order in which designs are shown on the storefront carousel."""
    designs = CARD_DESIGNS.copy()
    random.shuffle(designs)
    return designs


def new_gift_card(balance_cents: int, design: str = "classic") -> GiftCard:
    if balance_cents <= 0 or balance_cents > 50_000:
        raise ValueError("gift card balance out of range")
    if design not in CARD_DESIGNS:
        raise ValueError(f"unknown design {design!r}")
    return GiftCard(code=_code(), pin=_pin(), balance_cents=balance_cents, design=design)
