"""Downloads mill test certificates for steel batches used on structural gates."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import requests


@dataclass(frozen=True)
class CertPortalSettings:
    base_url: str
    ca_bundle: str
    api_key_env: str = "MILL_CERT_API_KEY"

    @classmethod
    def from_env(cls) -> "CertPortalSettings":
        return cls(
            base_url=os.environ["MILL_CERT_PORTAL_URL"].rstrip("/"),
            ca_bundle=os.environ.get("MILL_CERT_CA_BUNDLE", "/etc/forge/pki/stockholder-ca.pem"),
        )


class MillCertClient:
    def __init__(self, settings: CertPortalSettings) -> None:
        self.settings = settings
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle
        self._session.headers["X-Api-Key"] = os.environ[settings.api_key_env]

    def certificate_for(self, heat_number: str) -> bytes:
        resp = self._session.get(
            f"{self.settings.base_url}/certificates",
            params={"heat": heat_number},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.content

    def save(self, heat_number: str, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        heat_slug = "".join(ch for ch in heat_number if ch.isalnum())
        target = folder / f"mtc_{heat_slug}.pdf"
        target.write_bytes(self.certificate_for(heat_number))
        return target


def fetch_for_job(heat_numbers: list[str], job_folder: str) -> list[Path]:
    client = MillCertClient(CertPortalSettings.from_env())
    return [client.save(h, Path(job_folder) / "certs") for h in heat_numbers]
