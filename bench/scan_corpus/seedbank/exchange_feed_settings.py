"""Configuration for the partner exchange feed worker.

Credentials come from the environment (populated from the secrets manager by
the deployment); only the names of the variables live here.
"""
import os
from dataclasses import dataclass, field

PASSWORD_ENV = "EXCHANGE_FEED_PASSWORD"
API_KEY_ENV = "EXCHANGE_FEED_API_KEY"
TOKEN_HEADER = "X-Exchange-Token"


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} is not set")
    return value


@dataclass(frozen=True)
class FeedSettings:
    endpoint: str
    username: str
    password: str = field(repr=False)
    api_key: str = field(repr=False)
    page_size: int = 200
    timeout_s: float = 30.0


def load() -> FeedSettings:
    return FeedSettings(
        endpoint=_require("EXCHANGE_FEED_URL"),
        username=os.environ.get("EXCHANGE_FEED_USER", "nsb-exchange"),
        password=_require(PASSWORD_ENV),
        api_key=_require(API_KEY_ENV),
        page_size=int(os.environ.get("EXCHANGE_FEED_PAGE_SIZE", "200")),
    )
