"""Dunning retry scheduling and unsubscribe tokens for payment-failure emails."""
import random
import secrets
from datetime import datetime, timedelta

RETRY_OFFSETS_DAYS = (1, 3, 5, 7)
MAX_JITTER_MINUTES = 90


class DunningPlanner:
    def __init__(self, rng: random.Random | None = None):
        # jitter only spreads load on the payment gateway
        self._rng = rng or random.Random()

    def schedule(self, failed_at: datetime) -> list[datetime]:
        attempts = []
        for days in RETRY_OFFSETS_DAYS:
            jitter = timedelta(minutes=self._rng.randint(0, MAX_JITTER_MINUTES))
            attempts.append(failed_at + timedelta(days=days) + jitter)
        return attempts

    @staticmethod
    def unsubscribe_token() -> str:
        return secrets.token_urlsafe(32)


def build_campaign(invoice_id: str, failed_at: datetime) -> dict:
    planner = DunningPlanner()
    return {
        "invoice_id": invoice_id,
        "attempts": [a.isoformat() for a in planner.schedule(failed_at)],
        "unsubscribe_token": planner.unsubscribe_token(),
    }
