"""Configuration for the monthly creator payout run."""
import os
from dataclasses import dataclass
from decimal import Decimal


class ConfigError(RuntimeError):
    pass


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ConfigError(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class PayoutConfig:
    api_base: str
    account_id: str
    api_secret: str
    webhook_secret: str
    minimum_payout: Decimal = Decimal("25.00")
    currency: str = "USD"
    revenue_share: Decimal = Decimal("0.70")

    @classmethod
    def from_env(cls) -> "PayoutConfig":
        return cls(
            api_base=os.environ.get("PAYRAIL_API_BASE", "https://api.payrail.io/v2"),
            account_id=_required("PAYRAIL_ACCOUNT_ID"),
            api_secret=_required("PAYRAIL_API_SECRET"),
            webhook_secret=_required("PAYRAIL_WEBHOOK_SECRET"),
            minimum_payout=Decimal(os.environ.get("PAYOUT_MINIMUM", "25.00")),
            currency=os.environ.get("PAYOUT_CURRENCY", "USD"),
        )

    def __repr__(self) -> str:
        return f"PayoutConfig(api_base={self.api_base!r}, account_id={self.account_id!r}, currency={self.currency!r})"
