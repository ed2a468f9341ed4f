"""Runtime settings for the payments service, read from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal

PSP_API_KEY_HEADER = "X-Api-Key"
PAYOUT_TOKEN_PATH = "/oauth2/token"
SECRET_ENV_VARS = ("PSP_API_KEY", "PSP_WEBHOOK_SECRET", "PAYOUT_CLIENT_SECRET")


def _require(name: str) -> str:
    try:
        return os.environ[name]
    except KeyError:
        raise RuntimeError(f"missing required setting {name}") from None


@dataclass(frozen=True)
class PaymentsSettings:
    psp_base_url: str
    psp_api_key: str = field(repr=False)
    psp_webhook_secret: str = field(repr=False)
    payout_base_url: str = ""
    payout_client_id: str = ""
    payout_client_secret: str = field(default="", repr=False)
    review_threshold: Decimal = Decimal("2000")

    @classmethod
    def from_env(cls) -> "PaymentsSettings":
        return cls(
            psp_base_url=_require("PSP_BASE_URL"),
            psp_api_key=_require("PSP_API_KEY"),
            psp_webhook_secret=_require("PSP_WEBHOOK_SECRET"),
            payout_base_url=_require("PAYOUT_BASE_URL"),
            payout_client_id=_require("PAYOUT_CLIENT_ID"),
            payout_client_secret=_require("PAYOUT_CLIENT_SECRET"),
            review_threshold=Decimal(os.environ.get("WITHDRAWAL_REVIEW_THRESHOLD", "2000")),
        )
