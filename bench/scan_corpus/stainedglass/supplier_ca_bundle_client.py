"""Client for the glass cutter's water-jet bureau, reached over its private PKI.

The bureau issues its API certificates from an internal CA, so the studio
ships the bureau's CA bundle and pins requests to it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class BureauConfig:
    base_url: str = os.environ.get("WATERJET_BUREAU_URL", "https://jobs.waterjet-bureau.example")
    ca_bundle: Path = Path(os.environ.get("WATERJET_CA_BUNDLE", "/etc/studio/pki/waterjet-bureau-ca.pem"))
    timeout_s: float = 30.0


class BureauSession(requests.Session):
    def __init__(self, config: BureauConfig) -> None:
        super().__init__()
        self.config = config
        self.verify = str(config.ca_bundle)
        self.headers["Authorization"] = f"Token {os.environ['WATERJET_API_TOKEN']}"
        retries = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504))
        self.mount("https://", HTTPAdapter(max_retries=retries))


class CuttingJobClient:
    def __init__(self, config: BureauConfig | None = None) -> None:
        self.config = config or BureauConfig()
        self.session = BureauSession(self.config)

    def submit(self, dxf_path: Path, glass_thickness_mm: float, quantity: int) -> str:
        with dxf_path.open("rb") as fh:
            resp = self.session.post(
                f"{self.config.base_url}/v1/jobs",
                files={"drawing": (dxf_path.name, fh, "application/dxf")},
                data={"thickness_mm": glass_thickness_mm, "qty": quantity},
                timeout=self.config.timeout_s,
            )
        resp.raise_for_status()
        return resp.json()["job_id"]

    def status(self, job_id: str) -> str:
        resp = self.session.get(f"{self.config.base_url}/v1/jobs/{job_id}", timeout=self.config.timeout_s)
        resp.raise_for_status()
        return resp.json()["state"]


if __name__ == "__main__":
    client = CuttingJobClient()
    job = client.submit(Path("/srv/studio/outgoing/rose-window-ring.dxf"), 6.0, 12)
    print(job, client.status(job))
