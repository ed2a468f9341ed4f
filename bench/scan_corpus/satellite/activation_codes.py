"""Activation codes for the desktop viewer shipped with imagery deliveries.

The code is printed on the delivery note; the viewer exchanges it once for a
licence file downloaded from one of the licence mirrors.
"""
from __future__ import annotations

import random
import secrets
import string
from datetime import datetime, timedelta, timezone

from delivery.models import ActivationCode

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CODE_GROUPS = 4
GROUP_LEN = 5
VALIDITY = timedelta(days=30)


def new_code() -> str:
    groups = (
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(GROUP_LEN))
        for _ in range(CODE_GROUPS)
    )
    return "-".join(groups)


def create_activation(order_id: int, mirrors: list[str]) -> dict:
    code = new_code()
    ActivationCode.objects.create(
        order_id=order_id,
        code=code,
        expires_at=datetime.now(timezone.utc) + VALIDITY,
    )
    # spread viewer downloads across mirrors; order has no meaning beyond load balancing
    shuffled = list(mirrors)
    random.shuffle(shuffled)
    return {"code": code, "mirrors": shuffled}
