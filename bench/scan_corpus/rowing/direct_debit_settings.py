"""Settings and client factory for GoCardless direct debit fee collection."""

import logging
import os
from dataclasses import dataclass, field
from functools import lru_cache

import gocardless_pro

log = logging.getLogger("fees.direct_debit")


@dataclass(frozen=True)
class DirectDebitSettings:
    environment: str
    creditor_name: str
    access_token: str = field(repr=False)
    webhook_secret: str = field(repr=False)
    collection_day: int = 1

    @classmethod
    def from_env(cls) -> "DirectDebitSettings":
        environment = os.environ.get("GOCARDLESS_ENVIRONMENT", "live")
        if environment not in {"live", "sandbox"}:
            raise ValueError(f"Unsupported GoCardless environment: {environment}")
        return cls(
            environment=environment,
            creditor_name=os.environ.get("GOCARDLESS_CREDITOR_NAME", "Rowing Club"),
            access_token=os.environ["GOCARDLESS_ACCESS_TOKEN"],
            webhook_secret=os.environ["GOCARDLESS_WEBHOOK_SECRET"],
            collection_day=int(os.environ.get("FEES_COLLECTION_DAY", "1")),
        )


@lru_cache(maxsize=1)
def settings() -> DirectDebitSettings:
    loaded = DirectDebitSettings.from_env()
    log.info("Direct debit settings loaded: %s", loaded)
    return loaded


@lru_cache(maxsize=1)
def client() -> gocardless_pro.Client:
    cfg = settings()
    return gocardless_pro.Client(access_token=cfg.access_token, environment=cfg.environment)


def create_fee_subscription(mandate_id: str, amount_pence: int, membership_year: int) -> str:
    """Set up an annual subscription for a member's fees and return its id."""
    cfg = settings()
    subscription = client().subscriptions.create(
        params={
            "amount": amount_pence,
            "currency": "GBP",
            "interval_unit": "yearly",
            "day_of_month": cfg.collection_day,
            "name": f"{cfg.creditor_name} membership {membership_year}",
            "links": {"mandate": mandate_id},
            "metadata": {"membership_year": str(membership_year)},
        }
    )
    log.info("Created subscription %s on mandate %s", subscription.id, mandate_id)
    return subscription.id
