"""Client for the hosted payroll provider that runs PAYE for the permanent crew."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("funfair.payroll.provider")


@dataclass(frozen=True)
class ProviderConfig:
    base_url: str
    username: str
    password: str
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "ProviderConfig":
        return cls(
            base_url=os.environ["PAYROLL_PROVIDER_URL"].rstrip("/"),
            username=os.environ["PAYROLL_PROVIDER_USER"],
            password=os.environ["PAYROLL_PROVIDER_PASSWORD"],
        )


class PayrollProviderClient:
    def __init__(self, config: ProviderConfig) -> None:
        self.config = config
        self.session = requests.Session()
        self._access_token: str | None = None

    def authenticate(self) -> None:
        log.info("authenticating to payroll provider as %s", self.config.username)
        response = self.session.post(
            f"{self.config.base_url}/oauth/token",
            data={
                "grant_type": "password",
                "username": self.config.username,
                "password": self.config.password,
            },
            timeout=self.config.timeout,
        )
        if response.status_code != 200:
            raise RuntimeError(
                f"payroll provider login failed for {self.config.username}: "
                f"HTTP {response.status_code}"
            )
        self._access_token = response.json()["access_token"]
        self.session.headers["Authorization"] = f"Bearer {self._access_token}"

    def submit_hours(self, period: str, hours: dict[str, Decimal]) -> str:
        if self._access_token is None:
            self.authenticate()
        response = self.session.post(
            f"{self.config.base_url}/v1/periods/{period}/hours",
            json={"hours": {emp: str(h) for emp, h in hours.items()}},
            timeout=self.config.timeout,
        )
        response.raise_for_status()
        run_id = response.json()["run_id"]
        log.info("submitted %d employees for period %s (run %s)", len(hours), period, run_id)
        return run_id
