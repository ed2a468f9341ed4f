"""Generate gift card codes for the web shop and the front-desk card printer."""
import secrets as _sec
from dataclasses import dataclass
from decimal import Decimal

# no 0/O/1/I so codes survive being read out over the phone
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUP = 4
GROUPS = 4


@dataclass
class GiftCard:
    code: str
    value: Decimal
    purchaser_email: str


def _group(chars: str) -> str:
    return "-".join(chars[i:i + GROUP] for i in range(0, len(chars), GROUP))


def new_code(pick=_sec.choice) -> str:
    return _group("".join(pick(ALPHABET) for _ in range(GROUP * GROUPS)))


def issue(value: Decimal, purchaser_email: str, existing: set[str]) -> GiftCard:
    for _ in range(10):
        code = new_code()
        if code not in existing:
            return GiftCard(code=code, value=value, purchaser_email=purchaser_email)
    raise RuntimeError("could not find an unused gift card code")
