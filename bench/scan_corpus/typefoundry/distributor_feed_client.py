"""Pulls sales reports from reseller / distributor partners.

Some distributors run their report API behind a private CA, so the client
trusts the CA bundle shipped with the deployment.
"""

from __future__ import annotations

import csv
import io
import logging
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterator

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DistributorConfig:
    name: str
    base_url: str
    api_key_env: str
    ca_bundle: str = "/etc/typefoundry/certs/distributors-ca.pem"


@dataclass
class DistributorSale:
    distributor: str
    family_sku: str
    licence_type: str
    units: int
    net_amount: Decimal
    currency: str


class DistributorFeedClient:
    def __init__(self, config: DistributorConfig) -> None:
        self.config = config
        self.session = requests.Session()
        self.session.verify = config.ca_bundle
        self.session.headers["X-Api-Key"] = os.environ[config.api_key_env]
        retries = Retry(total=4, backoff_factor=1.0, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retries))

    def _report_csv(self, month: date) -> str:
        response = self.session.get(
            f"{self.config.base_url}/reports/sales",
            params={"month": month.strftime("%Y-%m"), "format": "csv"},
            timeout=30,
        )
        response.raise_for_status()
        return response.text

    def sales(self, month: date) -> Iterator[DistributorSale]:
        reader = csv.DictReader(io.StringIO(self._report_csv(month)))
        for row in reader:
            yield DistributorSale(
                distributor=self.config.name,
                family_sku=row["sku"],
                licence_type=row["licence"],
                units=int(row["qty"]),
                net_amount=Decimal(row["net"]),
                currency=row["currency"],
            )


def fetch_all(configs: list[DistributorConfig], month: date) -> list[DistributorSale]:
    results: list[DistributorSale] = []
    for config in configs:
        client = DistributorFeedClient(config)
        rows = list(client.sales(month))
        logger.info("%s: %d sales rows for %s", config.name, len(rows), month.strftime("%Y-%m"))
        results.extend(rows)
    return results
