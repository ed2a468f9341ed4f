"""HTTPS client for distributors that deliver KDMs through a REST API."""
import os
from dataclasses import dataclass

import httpx


@dataclass
class KdmDescriptor:
    kdm_id: str
    cpl_id: str
    not_before: str
    not_after: str


class DistributorKdmApi:
    def __init__(self, distributor: str, base_url: str | None = None):
        prefix = f"KDM_{distributor.upper()}"
        self.base_url = base_url or os.environ[f"{prefix}_API_URL"]
        token = os.environ[f"{prefix}_API_TOKEN"]
        self.client = httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            timeout=httpx.Timeout(20.0),
        )

    def pending(self, certificate_thumbprint: str) -> list[KdmDescriptor]:
        resp = self.client.get("/v1/kdms", params={"recipient": certificate_thumbprint, "status": "pending"})
        resp.raise_for_status()
        return [
            KdmDescriptor(k["id"], k["cplId"], k["notValidBefore"], k["notValidAfter"])
            for k in resp.json()["items"]
        ]

    def download(self, kdm_id: str) -> bytes:
        resp = self.client.get(f"/v1/kdms/{kdm_id}/xml")
        resp.raise_for_status()
        return resp.content

    def acknowledge(self, kdm_id: str) -> None:
        self.client.post(f"/v1/kdms/{kdm_id}/ack").raise_for_status()

    def close(self) -> None:
        self.client.close()
