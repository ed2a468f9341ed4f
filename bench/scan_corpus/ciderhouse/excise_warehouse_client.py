"""Client for the bonded-warehouse movement register run by the excise authority."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class ExciseConnection:
    base_url: str = field(default_factory=lambda: os.environ["EXCISE_REGISTER_URL"])
    ca_bundle: str = field(default_factory=lambda: os.environ["EXCISE_CA_BUNDLE"])
    client_cert: tuple[str, str] = field(
        default_factory=lambda: (os.environ["EXCISE_CLIENT_CERT"], os.environ["EXCISE_CLIENT_KEY"])
    )
    timeout: float = 20.0


class MovementRegister:
    def __init__(self, conn: ExciseConnection | None = None) -> None:
        self.conn = conn or ExciseConnection()
        self.session = self._build_session()

    def _build_session(self) -> requests.Session:
        session = requests.Session()
        session.verify = self.conn.ca_bundle
        session.cert = self.conn.client_cert
        retry = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504))
        session.mount("https://", HTTPAdapter(max_retries=retry))
        return session

    def record_movement(self, arc: str, litres: int, consignee: str, dispatched: date) -> dict:
        resp = self.session.post(
            f"{self.conn.base_url}/movements",
            json={
                "arc": arc,
                "litres": litres,
                "consignee": consignee,
                "dispatched": dispatched.isoformat(),
                "product": "cider",
            },
            timeout=self.conn.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def movement_status(self, arc: str) -> str:
        resp = self.session.get(f"{self.conn.base_url}/movements/{arc}", timeout=self.conn.timeout)
        resp.raise_for_status()
        return resp.json()["status"]
