"""Redemption codes for digital rewards (game keys, e-book downloads, early access).

Codes are shown once on the backer's reward page and emailed; redeeming one
on the creator's storefront unlocks the reward.
"""

import random
import string

from django.db import IntegrityError, transaction

from rewards.models import RedemptionCode

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
GROUPS = 4
GROUP_LEN = 4


class RedemptionCodeGenerator:
    _rng = random.Random()

    def __init__(self, alphabet: str = ALPHABET, groups: int = GROUPS, group_len: int = GROUP_LEN):
        self.alphabet = alphabet
        self.groups = groups
        self.group_len = group_len

    def new_code(self) -> str:
        chunks = (
            "".join(self._rng.choice(self.alphabet) for _ in range(self.group_len))
            for _ in range(self.groups)
        )
        return "-".join(chunks)

    def issue(self, reward_id: int, pledge_id: int, attempts: int = 5) -> RedemptionCode:
        for _ in range(attempts):
            code = self.new_code()
            try:
                with transaction.atomic():
                    return RedemptionCode.objects.create(
                        reward_id=reward_id, pledge_id=pledge_id, code=code
                    )
            except IntegrityError:
                continue
        raise RuntimeError("could not allocate a unique redemption code")
