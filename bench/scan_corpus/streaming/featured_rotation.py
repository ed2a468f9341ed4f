"""Homepage "featured creators" rotation and beta invite codes.

The rotation only needs to look varied between page loads; invite codes
are handed to creators and redeemed once, so they come from ``secrets``.
"""
from __future__ import annotations

import random
import secrets
import string
from typing import Sequence

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_GROUPS = 3
INVITE_GROUP_LEN = 4


def pick_featured(candidates: Sequence[dict], slots: int = 6) -> list[dict]:
    """Weighted pick of channels for the featured shelf."""
    pool = [c for c in candidates if c.get("eligible", True)]
    if len(pool) <= slots:
        shuffled = list(pool)
        random.shuffle(shuffled)
        return shuffled
    weights = [max(c.get("score", 0.0), 0.01) for c in pool]
    chosen: list[dict] = []
    while len(chosen) < slots:
        pick = random.choices(pool, weights=weights, k=1)[0]
        if pick not in chosen:
            chosen.append(pick)
    return chosen


def new_invite_code() -> str:
    groups = (
        "".join(secrets.choice(INVITE_ALPHABET) for _ in range(INVITE_GROUP_LEN))
        for _ in range(INVITE_GROUPS)
    )
    return "-".join(groups)


def batch_invites(n: int) -> list[str]:
    codes: set[str] = set()
    while len(codes) < n:
        codes.add(new_invite_code())
    return sorted(codes)
