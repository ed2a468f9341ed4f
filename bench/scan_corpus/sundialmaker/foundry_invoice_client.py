"""Downloads monthly casting invoices from the foundry's billing portal."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FoundryBillingSettings:
    base_url: str
    api_token: str
    ca_bundle: str
    download_dir: Path

    @classmethod
    def from_env(cls) -> "FoundryBillingSettings":
        return cls(
            base_url=os.environ["FOUNDRY_BILLING_URL"],
            api_token=os.environ["FOUNDRY_BILLING_TOKEN"],
            ca_bundle=os.environ.get("FOUNDRY_CA_BUNDLE", "/etc/sundialmaker/foundry-ca.pem"),
            download_dir=Path(os.environ.get("INVOICE_DIR", "/srv/sundialmaker/invoices")),
        )


class FoundryInvoiceClient:
    def __init__(self, settings: FoundryBillingSettings):
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.headers.update({"Authorization": f"Bearer {settings.api_token}"})
        retry = Retry(total=4, backoff_factor=1.0, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def list_invoices(self, period: str) -> list[dict]:
        response = self.session.get(
            f"{self.settings.base_url}/billing/invoices", params={"period": period}, timeout=30
        )
        response.raise_for_status()
        return response.json()["invoices"]

    def download(self, invoice: dict) -> Path:
        number = str(int(invoice["number"]))
        target = self.settings.download_dir / f"foundry-{number}.pdf"
        with self.session.get(invoice["pdf_url"], stream=True, timeout=60) as response:
            response.raise_for_status()
            with open(target, "wb") as fh:
                for chunk in response.iter_content(chunk_size=65536):
                    fh.write(chunk)
        log.info("saved foundry invoice %s", number)
        return target


def sync_period(period: str) -> list[Path]:
    client = FoundryInvoiceClient(FoundryBillingSettings.from_env())
    return [client.download(inv) for inv in client.list_invoices(period)]
