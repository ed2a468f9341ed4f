"""Downloads the latest IFRA Standards amendment tables for the compliance checker."""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class FetcherConfig:
    base_url: str
    ca_bundle: str
    timeout: float = 30.0

    @classmethod
    def from_env(cls) -> "FetcherConfig":
        return cls(
            base_url=os.environ["IFRA_FEED_URL"],
            ca_bundle=os.environ.get("IFRA_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
        )


@dataclass
class StandardLimit:
    cas_number: str
    category: str
    max_pct: float


def _session(cfg: FetcherConfig) -> requests.Session:
    session = requests.Session()
    session.verify = cfg.ca_bundle
    retry = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def fetch_limits(amendment: int, cfg: FetcherConfig | None = None) -> list[StandardLimit]:
    cfg = cfg or FetcherConfig.from_env()
    with _session(cfg) as session:
        resp = session.get(
            f"{cfg.base_url}/amendments/{amendment}/limits.csv", timeout=cfg.timeout
        )
        resp.raise_for_status()
    reader = csv.DictReader(io.StringIO(resp.text))
    return [
        StandardLimit(row["cas"], row["category"], float(row["max_pct"]))
        for row in reader
        if row.get("max_pct")
    ]
