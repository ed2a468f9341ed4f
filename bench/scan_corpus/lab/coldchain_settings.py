"""Settings for the freezer monitoring integration, read from the
environment (populated from the secrets manager by the deployment)."""
import os
from dataclasses import dataclass, field

API_KEY_ENV = "COLDCHAIN_API_KEY"
API_KEY_HEADER = "X-API-Key"
DEFAULT_UNITS = "ULT-80-01,ULT-80-02,ULT-80-03,LN2-DEWAR-A,CR-4C-01"


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"missing required setting {name}")
    return value


@dataclass(frozen=True)
class MonitoringSettings:
    api_base: str = field(default_factory=lambda: _require("COLDCHAIN_API_BASE"))
    site_id: str = field(default_factory=lambda: os.environ.get("COLDCHAIN_SITE_ID", "bio-bldg-2"))
    api_key: str = field(default_factory=lambda: _require(API_KEY_ENV), repr=False)
    poll_interval_s: int = 120
    alarm_grace_s: int = 300
    units: tuple[str, ...] = field(
        default_factory=lambda: tuple(os.environ.get("COLDCHAIN_UNITS", DEFAULT_UNITS).split(","))
    )

    @property
    def auth_headers(self) -> dict[str, str]:
        return {API_KEY_HEADER: self.api_key, "Accept": "application/json"}


def load() -> MonitoringSettings:
    return MonitoringSettings()
