"""Settings for the freezer monitoring integration.

Values here are shared by the poller, the alarm relay and the weekly
compliance report.
"""
from dataclasses import dataclass, field


@dataclass(frozen=True)
class MonitoringSettings:
    api_base: str = "https://api.coldchain-monitor.com/v3"
    site_id: str = "bio-bldg-2"
    api_key: str = "ccm_live_7Qh2vK9xT4mB8nW3rZ6pL1cY5dF0gJ2s"
    poll_interval_s: int = 120
    alarm_grace_s: int = 300
    request_timeout_s: float = 15.0
    units: tuple[str, ...] = field(
        default_factory=lambda: (
            "ULT-80-01",
            "ULT-80-02",
            "ULT-80-03",
            "LN2-DEWAR-A",
            "CR-4C-01",
        )
    )

    @property
    def auth_headers(self) -> dict[str, str]:
        return {"X-API-Key": self.api_key, "Accept": "application/json"}


SETTINGS = MonitoringSettings()
