"""Syncs contractor work orders for pumping stations from the field-service scheduling system."""
from __future__ import annotations

from datetime import date

import httpx
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class SchedulerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FIELDSVC_")

    base_url: str
    client_id: str
    client_secret: SecretStr
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"


class SchedulerClient:
    def __init__(self, settings: SchedulerSettings) -> None:
        self.settings = settings
        self._http = httpx.Client(base_url=settings.base_url, verify=settings.ca_bundle, timeout=20)
        self._token: str | None = None

    def _login(self) -> str:
        resp = self._http.post(
            "/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.settings.client_id, self.settings.client_secret.get_secret_value()),
        )
        resp.raise_for_status()
        return resp.json()["access_token"]

    def work_orders(self, day: date) -> list[dict]:
        self._token = self._token or self._login()
        resp = self._http.get(
            "/api/work-orders",
            params={"date": day.isoformat(), "asset_type": "pumping_station"},
            headers={"Authorization": f"Bearer {self._token}"},
        )
        resp.raise_for_status()
        return resp.json()["items"]


class AccessPlanner:
    def __init__(self, client: SchedulerClient, access_service) -> None:
        self.client = client
        self.access = access_service

    def plan(self, day: date) -> int:
        planned = 0
        for wo in self.client.work_orders(day):
            self.access.schedule(station=wo["asset_code"], contractor=wo["contractor_id"],
                                 work_order=wo["id"], day=day)
            planned += 1
        return planned

