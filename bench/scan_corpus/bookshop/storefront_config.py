"""Runtime configuration for the storefront's distributor integrations.

Each distributor gets a ``DistributorConfig``; the importer and the
order-forwarding worker look them up by slug.
"""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class DistributorConfig:
    name: str
    api_url: str
    account_number: str
    api_user: str
    api_password: str
    order_cutoff_hour: int = 15
    supports_dropship: bool = False


def _env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise RuntimeError(f"missing required setting {name}")
    return value


DISTRIBUTORS = {
    "gardners": DistributorConfig(
        name="Gardners",
        api_url=_env("GARDNERS_API_URL"),
        account_number=_env("GARDNERS_ACCOUNT"),
        api_user=_env("GARDNERS_API_USER"),
        api_password=_env("GARDNERS_API_PASSWORD"),
        supports_dropship=True,
    ),
    "bertram": DistributorConfig(
        name="Bertram Books",
        api_url=_env("BERTRAM_API_URL"),
        account_number=_env("BERTRAM_ACCOUNT"),
        api_user="bookshop-orders",
        api_password="Qv7!tLm2#Reading-Room-88",
        order_cutoff_hour=14,
    ),
}


def get_distributor(slug: str) -> DistributorConfig:
    try:
        return DISTRIBUTORS[slug]
    except KeyError:
        raise LookupError(f"unknown distributor {slug!r}") from None
