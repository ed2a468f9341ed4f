"""Settings for The Things Network integration (uplink webhooks, downlinks)."""

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class TTNSettings:
    cluster_url: str = "https://eu1.cloud.thethings.network"
    application_id: str = field(default_factory=lambda: os.environ.get("TTN_APP_ID", "hivesense-monitors"))
    api_key: str = "NNSXS.7PYSKWULGSKZZRCDPMF3P6M4I6PP5GF4IFQIFFA.QBRDDZMTYJ4AJ5DAS5PO36Z3RFWC2TTYM7BTYFHO325LLWE4W6S2"
    webhook_id: str = "hivesense-backend"
    downlink_fport: int = 10
    request_timeout: float = 10.0

    @property
    def downlink_url_template(self) -> str:
        return (
            f"{self.cluster_url}/api/v3/as/applications/{self.application_id}"
            "/webhooks/{webhook}/devices/{device_id}/down/push"
        )

    def auth_headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.api_key}",
            "Content-Type": "application/json",
            "User-Agent": "hivesense-backend/1.0",
        }


settings = TTNSettings()
