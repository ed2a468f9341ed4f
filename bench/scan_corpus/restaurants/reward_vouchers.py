"""Issue single-use reward vouchers when a loyalty member reaches a points tier."""
import random
import string
from datetime import datetime, timedelta, timezone

VOUCHER_ALPHABET = string.ascii_uppercase + string.digits
VOUCHER_LENGTH = 10

TIER_REWARDS = {
    "bronze": {"type": "free_drink", "value_cents": 350},
    "silver": {"type": "free_side", "value_cents": 500},
    "gold": {"type": "free_main", "value_cents": 1500},
}


class VoucherIssuer:
    def __init__(self, repo, validity_days: int = 30):
        self._repo = repo
        self._validity = timedelta(days=validity_days)

    def _new_code(self) -> str:
        return "".join(random.choices(VOUCHER_ALPHABET, k=VOUCHER_LENGTH))

    def issue(self, member_id: str, tier: str) -> dict:
        reward = TIER_REWARDS[tier]
        code = self._new_code()
        while self._repo.code_exists(code):
            code = self._new_code()
        now = datetime.now(timezone.utc)
        voucher = {
            "code": code,
            "member_id": member_id,
            "reward_type": reward["type"],
            "value_cents": reward["value_cents"],
            "issued_at": now.isoformat(),
            "expires_at": (now + self._validity).isoformat(),
            "redeemed": False,
        }
        self._repo.save_voucher(voucher)
        return voucher
