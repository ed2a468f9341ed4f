"""Settings and client for the nightly invoice sync with the accounting package."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import requests


class SettingsError(RuntimeError):
    pass


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise SettingsError(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class AccountingSettings:
    api_url: str
    client_id: str
    client_secret: str = field(repr=False)
    tenant: str = "tapestry-studio"

    @classmethod
    def load(cls) -> "AccountingSettings":
        return cls(
            api_url=_require("ACCOUNTING_API_URL"),
            client_id=_require("ACCOUNTING_CLIENT_ID"),
            client_secret=_require("ACCOUNTING_CLIENT_SECRET"),
            tenant=os.environ.get("ACCOUNTING_TENANT", "tapestry-studio"),
        )


class AccountingClient:
    def __init__(self, settings: AccountingSettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        self._token: str | None = None

    def _token_header(self) -> dict[str, str]:
        if self._token is None:
            resp = self.session.post(
                f"{self.settings.api_url}/oauth/token",
                data={"grant_type": "client_credentials", "scope": "invoices.write"},
                auth=(self.settings.client_id, self.settings.client_secret),
                timeout=15,
            )
            resp.raise_for_status()
            self._token = resp.json()["access_token"]
        return {"Authorization": f"Bearer {self._token}", "X-Tenant": self.settings.tenant}

    def unpaid_invoices(self) -> list[dict]:
        resp = self.session.get(
            f"{self.settings.api_url}/invoices",
            params={"status": "unpaid"},
            headers=self._token_header(),
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["items"]


if __name__ == "__main__":
    client = AccountingClient(AccountingSettings.load())
    for inv in client.unpaid_invoices():
        print(inv["reference"], inv["amount_due"])
