"""Settings for the carrier integration workers (booking, label and tracking sync).

Values come from the environment in every deployment; the handful of
constants below are shared across environments.
"""
import os
from dataclasses import dataclass, field


def _env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes"}


DATABASE_URL = os.environ["DATABASE_URL"]
REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/2")

PARCELNET_BASE_URL = os.environ["PARCELNET_BASE_URL"]
PARCELNET_ACCOUNT = os.environ["PARCELNET_ACCOUNT"]
PARCELNET_API_KEY = "pn_live_4f9c2a7e81b34d0c9e5a6b7d2f1038ce"

LTL_RATING_URL = os.environ["LTL_RATING_URL"]
LTL_RATING_API_KEY = os.environ["LTL_RATING_API_KEY"]

TRACKING_SYNC_INTERVAL_S = int(os.environ.get("TRACKING_SYNC_INTERVAL_S", "300"))
BOOKING_CUTOFF_LOCAL = os.environ.get("BOOKING_CUTOFF_LOCAL", "17:30")
LABEL_FORMAT = os.environ.get("LABEL_FORMAT", "ZPL")
SANDBOX = _env_bool("CARRIER_SANDBOX")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    backoff_s: float = 2.0
    retry_on: tuple[int, ...] = field(default=(429, 502, 503, 504))


RETRY = RetryPolicy(attempts=int(os.environ.get("CARRIER_RETRY_ATTEMPTS", "5")))
