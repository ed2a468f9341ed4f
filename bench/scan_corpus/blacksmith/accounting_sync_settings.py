"""Settings for syncing invoices and timesheets into the accounting package."""
from __future__ import annotations

from functools import lru_cache
from typing import Dict

import httpx
from pydantic import AnyHttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class AccountingSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FORGE_ACCOUNTS_", env_file=".env", extra="ignore")

    api_base: AnyHttpUrl
    client_id: str
    client_secret: SecretStr
    tenant_id: str
    sales_account_code: str = "200"
    labour_account_code: str = "477"


@lru_cache(maxsize=1)
def get_settings() -> AccountingSettings:
    return AccountingSettings()


class AccountingClient:
    def __init__(self, settings: AccountingSettings | None = None) -> None:
        self.settings = settings or get_settings()
        self._token: str | None = None

    def _auth(self) -> Dict[str, str]:
        if self._token is None:
            resp = httpx.post(
                f"{self.settings.api_base}oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(self.settings.client_id, self.settings.client_secret.get_secret_value()),
                timeout=20,
            )
            resp.raise_for_status()
            self._token = resp.json()["access_token"]
        return {"Authorization": f"Bearer {self._token}", "Tenant-Id": self.settings.tenant_id}

    def push_invoice(self, commission_ref: str, customer: str, net_pence: int) -> str:
        body = {
            "Type": "ACCREC",
            "Contact": {"Name": customer},
            "Reference": commission_ref,
            "LineItems": [
                {
                    "Description": f"Commission {commission_ref}",
                    "UnitAmount": net_pence / 100,
                    "AccountCode": self.settings.sales_account_code,
                }
            ],
        }
        resp = httpx.post(f"{self.settings.api_base}invoices", json=body, headers=self._auth(), timeout=20)
        resp.raise_for_status()
        return resp.json()["InvoiceID"]
