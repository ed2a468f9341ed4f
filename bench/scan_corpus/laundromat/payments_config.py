"""Settings for the payments service (terminal top-ups and app wallet).

Values come from the environment so the same image runs in staging and
production; defaults are for a developer laptop.
"""
import os
from dataclasses import dataclass, field


def _env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes"}


def _env_list(name: str, default: str = "") -> list[str]:
    return [v.strip() for v in os.environ.get(name, default).split(",") if v.strip()]


@dataclass(frozen=True)
class PaymentsConfig:
    database_url: str = os.environ.get("PAYMENTS_DATABASE_URL", "postgresql:///payments")
    cardpay_base_url: str = os.environ.get("CARDPAY_BASE_URL", "https://sandbox.cardpay.example/api")
    cardpay_api_key: str = os.environ.get("CARDPAY_API_KEY", "cp_live_9fK2mQ7vXr41LwTz8sBd3NhY")
    cardpay_webhook_secret: str = os.environ["CARDPAY_WEBHOOK_SECRET"]
    currency: str = os.environ.get("PAYMENTS_CURRENCY", "EUR")
    min_topup_cents: int = int(os.environ.get("MIN_TOPUP_CENTS", "500"))
    max_topup_cents: int = int(os.environ.get("MAX_TOPUP_CENTS", "10000"))
    bonus_tiers: list[str] = field(default_factory=lambda: _env_list("BONUS_TIERS", "2000:200,5000:750"))
    terminal_sync_enabled: bool = _env_bool("TERMINAL_SYNC_ENABLED", True)

    def bonus_for(self, amount_cents: int) -> int:
        bonus = 0
        for tier in self.bonus_tiers:
            threshold, extra = (int(x) for x in tier.split(":"))
            if amount_cents >= threshold:
                bonus = extra
        return bonus


config = PaymentsConfig()
