"""Settings for the telematics feed used to track collection lorries."""
import os
from dataclasses import dataclass, field

API_KEY_HEADER = "X-Tracker-Api-Key"
TOKEN_ENV_VAR = "TRACKER_API_KEY"
DEFAULT_FLEET_GROUP = "fallen-stock"


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} is not set")
    return value


@dataclass(frozen=True)
class TrackerSettings:
    base_url: str = field(default_factory=lambda: _require("TRACKER_BASE_URL"))
    api_key: str = field(default_factory=lambda: _require(TOKEN_ENV_VAR), repr=False)
    poll_seconds: int = 30
    fleet_group: str = DEFAULT_FLEET_GROUP

    def headers(self) -> dict[str, str]:
        return {API_KEY_HEADER: self.api_key, "Accept": "application/json"}

    def positions_url(self) -> str:
        return f"{self.base_url.rstrip('/')}/groups/{self.fleet_group}/positions"


def load(overrides: dict | None = None) -> TrackerSettings:
    overrides = overrides or {}
    allowed = {"poll_seconds", "fleet_group"}
    unknown = set(overrides) - allowed
    if unknown:
        raise ValueError(f"cannot override {sorted(unknown)}")
    return TrackerSettings(**overrides)
