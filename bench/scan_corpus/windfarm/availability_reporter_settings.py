"""Settings and runner for the hourly turbine availability reporter."""

from __future__ import annotations

import logging

import httpx
from prometheus_client import Gauge, start_http_server
from pydantic import AnyHttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("availability")

AVAILABILITY = Gauge("turbine_availability_ratio", "Time-based availability", ["turbine"])


class ReporterSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AVAIL_", env_file=None)

    historian_url: AnyHttpUrl
    historian_token: SecretStr
    turbines: list[str]
    metrics_bind: str = "127.0.0.1"
    metrics_port: int = 9308
    request_timeout_s: float = 10.0


class AvailabilityReporter:
    def __init__(self, settings: ReporterSettings) -> None:
        self.settings = settings
        self._http = httpx.Client(
            base_url=str(settings.historian_url),
            timeout=settings.request_timeout_s,
            headers={"Authorization": f"Bearer {settings.historian_token.get_secret_value()}"},
        )

    def collect(self) -> dict[str, float]:
        result: dict[str, float] = {}
        for turbine in self.settings.turbines:
            resp = self._http.get(f"/availability/{turbine}", params={"window": "1h"})
            resp.raise_for_status()
            result[turbine] = float(resp.json()["ratio"])
            AVAILABILITY.labels(turbine=turbine).set(result[turbine])
        return result

    def serve_metrics(self) -> None:
        start_http_server(self.settings.metrics_port, addr=self.settings.metrics_bind)
        log.info("metrics on %s:%d", self.settings.metrics_bind, self.settings.metrics_port)


if __name__ == "__main__":
    reporter = AvailabilityReporter(ReporterSettings())
    reporter.serve_metrics()
    reporter.collect()
