"""Settings for the relay to the international flower wire service.

Orders for addresses outside our partner network are relayed to the wire
service, which forwards them to a member florist in the destination country.
"""
import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class WireServiceSettings:
    base_url: str = "https://api.petalwire.example/v3"
    member_code: str = "BLMN-0427"
    api_key: str = "pw_live_5f8a1c93e07d4b26a9c1e8f03d72b64e"
    timeout_seconds: float = 15.0
    max_retries: int = 3
    default_currency: str = "EUR"
    country_overrides: dict = field(default_factory=lambda: {"GB": "GBP", "US": "USD"})


def load_settings() -> WireServiceSettings:
    """Allow ops to override the non-secret knobs per environment."""
    kwargs = {}
    if "PETALWIRE_BASE_URL" in os.environ:
        kwargs["base_url"] = os.environ["PETALWIRE_BASE_URL"]
    if "PETALWIRE_TIMEOUT" in os.environ:
        kwargs["timeout_seconds"] = float(os.environ["PETALWIRE_TIMEOUT"])
    return WireServiceSettings(**kwargs)


def auth_headers(settings: WireServiceSettings) -> dict:
    return {
        "X-Member-Code": settings.member_code,
        "X-Api-Key": settings.api_key,
    }
