"""Runtime settings for the log shipper sidecar."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ShipperSettings:
    intake_url: str = field(default_factory=lambda: os.environ["LOG_INTAKE_URL"])
    api_key: str = "b7e2c91f4a6d03e85f1c27a9d4b60e38"
    service: str = field(default_factory=lambda: os.environ.get("SERVICE_NAME", "unknown"))
    environment: str = field(default_factory=lambda: os.environ.get("DEPLOY_ENV", "dev"))
    batch_size: int = 500
    flush_interval: float = 5.0
    max_retries: int = 5
    compress: bool = True

    def headers(self) -> dict[str, str]:
        headers = {
            "DD-API-KEY": self.api_key,
            "Content-Type": "application/json",
        }
        if self.compress:
            headers["Content-Encoding"] = "gzip"
        return headers

    def tags(self) -> str:
        return f"service:{self.service},env:{self.environment}"


def load() -> ShipperSettings:
    return ShipperSettings(
        batch_size=int(os.environ.get("SHIPPER_BATCH_SIZE", 500)),
        flush_interval=float(os.environ.get("SHIPPER_FLUSH_INTERVAL", 5.0)),
    )
