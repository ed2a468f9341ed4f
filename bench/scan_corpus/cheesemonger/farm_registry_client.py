"""Looks up supplier farm registrations in the dairy hygiene registry."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class RegistryConfig:
    base_url: str
    ca_bundle: str
    client_cert: tuple[str, str]
    timeout: float = 12.0

    @classmethod
    def from_env(cls) -> "RegistryConfig":
        return cls(
            base_url=os.environ["DAIRY_REGISTRY_URL"],
            ca_bundle=os.environ.get("DAIRY_REGISTRY_CA", "/etc/ssl/registry/ca-chain.pem"),
            client_cert=(
                os.environ["DAIRY_REGISTRY_CERT"],
                os.environ["DAIRY_REGISTRY_CERT_KEY"],
            ),
        )


@dataclass
class FarmRegistration:
    holding_number: str
    name: str
    status: str
    raw_milk_approved: bool
    last_inspection: date | None


def build_session(cfg: RegistryConfig) -> requests.Session:
    session = requests.Session()
    session.verify = cfg.ca_bundle
    session.cert = cfg.client_cert
    retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def lookup(holding_number: str, cfg: RegistryConfig | None = None) -> FarmRegistration:
    cfg = cfg or RegistryConfig.from_env()
    with build_session(cfg) as session:
        resp = session.get(
            f"{cfg.base_url}/holdings/{holding_number}", timeout=cfg.timeout
        )
        resp.raise_for_status()
        data = resp.json()
    inspected = data.get("lastInspection")
    return FarmRegistration(
        holding_number=data["holdingNumber"],
        name=data["tradingName"],
        status=data["status"],
        raw_milk_approved=bool(data.get("rawMilkApproval")),
        last_inspection=date.fromisoformat(inspected) if inspected else None,
    )
