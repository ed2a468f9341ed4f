"""Free-bet voucher codes printed on retail betting shop receipts.

Codes avoid characters that are easily confused on thermal paper (O/0, I/1).
"""
from __future__ import annotations

import random
import string

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
GROUPS = 3
GROUP_LEN = 4

_sysrand = random.SystemRandom()


def generate_code(groups: int = GROUPS, group_len: int = GROUP_LEN) -> str:
    return "-".join(
        "".join(_sysrand.choice(ALPHABET) for _ in range(group_len)) for _ in range(groups)
    )


def generate_batch(campaign_id: int, count: int, repo) -> list[str]:
    """Generate ``count`` unique codes for a campaign and persist them."""
    codes: set[str] = set()
    while len(codes) < count:
        code = generate_code()
        if code not in codes and not repo.code_exists(code):
            codes.add(code)
    repo.insert_vouchers(campaign_id, sorted(codes))
    return sorted(codes)


def normalise(code: str) -> str:
    """Accept codes typed by shop staff with or without dashes and in lower case."""
    compact = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(compact[i:i + GROUP_LEN] for i in range(0, len(compact), GROUP_LEN))
