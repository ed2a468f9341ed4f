"""Settings for the outbound partner integrations (payments, maps, SMS)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

API_KEY_HEADER = "X-Api-Key"
AUTH_SCHEME = "Bearer"
SECRET_ENV_VARS = ("PAYMENTS_SECRET_KEY", "MAPS_API_KEY", "SMS_AUTH_TOKEN")


class MissingSettingError(RuntimeError):
    pass


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSettingError(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class PaymentSettings:
    api_url: str
    merchant_id: str
    secret_key: str = field(repr=False)


@dataclass(frozen=True)
class MapsSettings:
    tiles_url: str
    api_key: str = field(repr=False)


@dataclass(frozen=True)
class SmsSettings:
    account_sid: str
    auth_token: str = field(repr=False)
    sender: str = "CYCLETOUR"


@dataclass(frozen=True)
class PartnerSettings:
    payments: PaymentSettings
    maps: MapsSettings
    sms: SmsSettings


@lru_cache(maxsize=1)
def load() -> PartnerSettings:
    return PartnerSettings(
        payments=PaymentSettings(
            api_url=_require("PAYMENTS_API_URL"),
            merchant_id=_require("PAYMENTS_MERCHANT_ID"),
            secret_key=_require("PAYMENTS_SECRET_KEY"),
        ),
        maps=MapsSettings(
            tiles_url=_require("MAPS_TILES_URL"),
            api_key=_require("MAPS_API_KEY"),
        ),
        sms=SmsSettings(
            account_sid=_require("SMS_ACCOUNT_SID"),
            auth_token=_require("SMS_AUTH_TOKEN"),
            sender=os.environ.get("SMS_SENDER", "CYCLETOUR"),
        ),
    )


def auth_headers(settings: MapsSettings) -> dict[str, str]:
    return {API_KEY_HEADER: settings.api_key}
