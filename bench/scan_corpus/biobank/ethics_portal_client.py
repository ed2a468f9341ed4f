"""HTTP client for the ethics committee portal.

The portal sits behind the hospital's internal PKI, so we trust the
hospital root CA bundle explicitly instead of the public roots.
"""
import os
import ssl
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class PortalSettings:
    base_url: str
    ca_bundle: str
    token: str

    @classmethod
    def from_env(cls) -> "PortalSettings":
        return cls(
            base_url=os.environ["ETHICS_PORTAL_URL"],
            ca_bundle=os.environ.get("ETHICS_PORTAL_CA", "/etc/ssl/hospital/root-ca.pem"),
            token=os.environ["ETHICS_PORTAL_TOKEN"],
        )


def _ssl_context(ca_bundle: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_bundle)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    return ctx


class EthicsPortalClient:
    def __init__(self, settings: PortalSettings | None = None):
        self.settings = settings or PortalSettings.from_env()
        self._client = httpx.Client(
            base_url=self.settings.base_url,
            verify=_ssl_context(self.settings.ca_bundle),
            headers={"Authorization": f"Bearer {self.settings.token}"},
            timeout=httpx.Timeout(30.0),
        )

    def protocol(self, reference: str) -> dict:
        resp = self._client.get(f"/api/v2/protocols/{reference}")
        resp.raise_for_status()
        return resp.json()

    def approval_status(self, reference: str) -> str:
        return self.protocol(reference)["approval"]["status"]

    def close(self) -> None:
        self._client.close()
