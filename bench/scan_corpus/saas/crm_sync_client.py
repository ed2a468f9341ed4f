"""Client for the internal CRM sync service (runs behind the corporate CA)."""
import ssl
from dataclasses import dataclass

import httpx


@dataclass
class CRMSyncConfig:
    base_url: str
    token: str
    ca_bundle: str | None = None
    timeout: float = 15.0


def _tls_context(ca_bundle: str | None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class CRMSyncClient:
    def __init__(self, cfg: CRMSyncConfig):
        self._client = httpx.Client(
            base_url=cfg.base_url,
            headers={"Authorization": f"Bearer {cfg.token}"},
            verify=_tls_context(cfg.ca_bundle),
            timeout=cfg.timeout,
        )

    def push_account(self, tenant_id: str, account: dict) -> dict:
        resp = self._client.put(f"/v1/tenants/{tenant_id}/accounts/{account['id']}", json=account)
        resp.raise_for_status()
        return resp.json()

    def list_changes(self, tenant_id: str, since: str) -> list[dict]:
        resp = self._client.get(f"/v1/tenants/{tenant_id}/changes", params={"since": since})
        resp.raise_for_status()
        return resp.json()["items"]

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
