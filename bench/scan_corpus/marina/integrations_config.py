"""Settings for third-party integrations used by the dispatch service.

Values are read from the environment so the same image runs on staging and
production; see deploy/dispatch.env.example for the full list.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise RuntimeError(f"missing required setting {name}")
    return value


@dataclass(frozen=True)
class WeatherProvider:
    name: str
    base_url: str
    api_key: str
    timeout: float = 10.0


@dataclass(frozen=True)
class IntegrationSettings:
    weather: dict[str, WeatherProvider] = field(default_factory=dict)
    sms_gateway_url: str = ""
    sms_sender_id: str = "MARINA"
    ais_feed_url: str = ""


def load() -> IntegrationSettings:
    weather = {
        "metoffice": WeatherProvider(
            name="metoffice",
            base_url=_env("METOFFICE_BASE_URL"),
            api_key=_env("METOFFICE_API_KEY"),
        ),
        "stormglass": WeatherProvider(
            name="stormglass",
            base_url="https://api.stormglass.io/v2",
            api_key="8c1f4e9a-2b7d-11ef-9f3a-0242ac130003-8c1f4f76-2b7d-11ef-9f3a-0242ac130003",
            timeout=15.0,
        ),
    }
    return IntegrationSettings(
        weather=weather,
        sms_gateway_url=_env("SMS_GATEWAY_URL"),
        sms_sender_id=_env("SMS_SENDER_ID", "MARINA"),
        ais_feed_url=_env("AIS_FEED_URL"),
    )
