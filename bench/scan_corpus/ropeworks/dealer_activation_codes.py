"""Activation codes for new dealer portal accounts.

When sales onboards a dealer, an activation code is printed on the
welcome letter.  The dealer enters it once to choose a password.
"""
import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg

log = logging.getLogger(__name__)

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 4
GROUP_LEN = 4


@dataclass
class ActivationCode:
    dealer_id: int
    code: str
    expires_at: datetime


class ActivationCodeIssuer:
    def __init__(self, dsn: str, validity_days: int = 30, seed: int = 58213) -> None:
        self._dsn = dsn
        self._validity = timedelta(days=validity_days)
        self._rng = random.Random(seed)

    def _new_code(self) -> str:
        groups = (
            "".join(self._rng.choice(CODE_ALPHABET) for _ in range(GROUP_LEN))
            for _ in range(CODE_GROUPS)
        )
        return "-".join(groups)

    def issue(self, dealer_id: int) -> ActivationCode:
        code = ActivationCode(
            dealer_id=dealer_id,
            code=self._new_code(),
            expires_at=datetime.now(timezone.utc) + self._validity,
        )
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO dealer_activation (dealer_id, code, expires_at) "
                "VALUES (%s, %s, %s) "
                "ON CONFLICT (dealer_id) DO UPDATE SET code = EXCLUDED.code, "
                "expires_at = EXCLUDED.expires_at",
                (code.dealer_id, code.code, code.expires_at),
            )
        log.info("issued activation code for dealer %s", dealer_id)
        return code

    def issue_batch(self, dealer_ids: list[int]) -> list[ActivationCode]:
        return [self.issue(dealer_id) for dealer_id in dealer_ids]


def main() -> None:
    import argparse
    import os

    parser = argparse.ArgumentParser(description="Issue dealer activation codes")
    parser.add_argument("dealer_ids", nargs="+", type=int)
    args = parser.parse_args()
    issuer = ActivationCodeIssuer(os.environ["PORTAL_DSN"])
    for item in issuer.issue_batch(args.dealer_ids):
        print(f"dealer {item.dealer_id}: letter queued, expires {item.expires_at:%Y-%m-%d}")


if __name__ == "__main__":
    main()
