"""HTTP session factory for the on-prem LIMS appliance.

The appliance presents a certificate issued by the hospital's internal CA;
the CA bundle path is part of the deployment config.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class LimsConfig:
    base_url: str
    api_key: str
    ca_bundle: str
    timeout: float = 30.0

    @classmethod
    def from_env(cls) -> "LimsConfig":
        return cls(
            base_url=os.environ["LIMS_BASE_URL"].rstrip("/"),
            api_key=os.environ["LIMS_API_KEY"],
            ca_bundle=os.environ.get("LIMS_CA_BUNDLE", "/etc/pki/tls/certs/hospital-internal-ca.pem"),
        )


def build_session(cfg: LimsConfig) -> requests.Session:
    session = requests.Session()
    session.headers.update({"X-Api-Key": cfg.api_key, "Accept": "application/json"})
    session.verify = cfg.ca_bundle
    retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504),
                  allowed_methods=frozenset({"GET"}))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


class LimsSampleApi:
    def __init__(self, cfg: LimsConfig, session: requests.Session | None = None):
        self.cfg = cfg
        self.session = session or build_session(cfg)

    def sample(self, accession: str) -> dict:
        resp = self.session.get(f"{self.cfg.base_url}/api/v2/samples/{accession}",
                                timeout=self.cfg.timeout)
        resp.raise_for_status()
        return resp.json()

    def update_status(self, accession: str, status: str) -> None:
        resp = self.session.post(f"{self.cfg.base_url}/api/v2/samples/{accession}/status",
                                 json={"status": status}, timeout=self.cfg.timeout)
        resp.raise_for_status()
