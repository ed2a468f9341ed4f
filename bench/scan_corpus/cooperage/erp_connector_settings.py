"""Connection settings for syncing barrel orders with the cooperage ERP."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Dict, List

import requests
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ErpSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ERP_", env_file=None)

    base_url: str
    company_code: str = "COOP01"
    api_user: str
    api_password: SecretStr
    client_secret: SecretStr = Field(..., description="OAuth client secret issued by the ERP")
    page_size: int = 200


class ErpConnector:
    def __init__(self, settings: ErpSettings) -> None:
        self.settings = settings

    @cached_property
    def token(self) -> str:
        response = requests.post(
            f"{self.settings.base_url}/oauth/token",
            data={
                "grant_type": "password",
                "username": self.settings.api_user,
                "password": self.settings.api_password.get_secret_value(),
                "client_secret": self.settings.client_secret.get_secret_value(),
            },
            timeout=20,
        )
        response.raise_for_status()
        return response.json()["access_token"]

    def _get(self, path: str, **params: Any) -> Dict[str, Any]:
        response = requests.get(
            f"{self.settings.base_url}{path}",
            headers={"Authorization": f"Bearer {self.token}"},
            params={"company": self.settings.company_code, **params},
            timeout=20,
        )
        response.raise_for_status()
        return response.json()

    def open_sales_orders(self) -> List[Dict[str, Any]]:
        orders: List[Dict[str, Any]] = []
        page = 1
        while True:
            batch = self._get("/sales-orders", status="open", page=page, size=self.settings.page_size)
            orders.extend(batch["items"])
            if not batch.get("next"):
                return orders
            page += 1


def connector_from_environment() -> ErpConnector:
    return ErpConnector(ErpSettings())
