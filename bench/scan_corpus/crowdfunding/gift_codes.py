"""Gift codes backers can buy and send to friends as pledge credit."""

import random
from dataclasses import dataclass

_sysrand = random.SystemRandom()

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 16


@dataclass
class GiftCode:
    code: str
    amount_cents: int
    currency: str


def generate_code(length: int = CODE_LENGTH, alphabet: str = CODE_ALPHABET) -> str:
    raw = "".join(_sysrand.choice(alphabet) for _ in range(length))
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def issue_gift_codes(count: int, amount_cents: int, currency: str = "USD") -> list[GiftCode]:
    if not 0 < count <= 500:
        raise ValueError("count must be between 1 and 500")
    seen: set[str] = set()
    codes = []
    while len(codes) < count:
        code = generate_code()
        if code in seen:
            continue
        seen.add(code)
        codes.append(GiftCode(code=code, amount_cents=amount_cents, currency=currency))
    return codes
