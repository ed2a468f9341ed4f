"""Settings for the state police portal integration jobs.

Used by the nightly hold poller and the photo upload job. Instantiate once per
process with ``PortalSettings()``; values can be overridden in tests.
"""
import os
from dataclasses import dataclass, field


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


@dataclass(frozen=True)
class PortalSettings:
    base_url: str = field(default_factory=lambda: os.environ["STATE_PORTAL_URL"])
    agency_ori: str = field(default_factory=lambda: _env("STATE_PORTAL_ORI"))
    dealer_license: str = field(default_factory=lambda: _env("DEALER_LICENSE_NO"))
    api_key: str = "sp_live_4c9e1f7a2b8d46e0a35f9c1d7e2b6a84"
    api_key_header: str = "X-Portal-Key"
    upload_batch_size: int = 200
    request_timeout: float = 20.0
    retry_attempts: int = 3
    photo_max_px: int = 1600
    photo_quality: int = 82

    def headers(self) -> dict:
        return {
            self.api_key_header: self.api_key,
            "X-Agency-ORI": self.agency_ori,
            "Accept": "application/json",
        }
