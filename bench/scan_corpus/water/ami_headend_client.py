"""Client for the AMI head-end REST API (interval reads, service switch state)."""
import os
import ssl
from datetime import datetime
from urllib.parse import quote

import httpx


def build_ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=os.environ.get("AMI_CA_BUNDLE"))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(
        certfile=os.environ["AMI_CLIENT_CERT"],
        keyfile=os.environ["AMI_CLIENT_KEY"],
    )
    return ctx


class HeadEndClient:
    def __init__(self, base_url: str | None = None, timeout: float = 30.0):
        self._client = httpx.Client(
            base_url=base_url or os.environ["AMI_HEADEND_URL"],
            verify=build_ssl_context(),
            timeout=timeout,
        )

    def interval_reads(self, meter_id: str, start: datetime, end: datetime) -> list[dict]:
        resp = self._client.get(
            f"/v1/meters/{quote(meter_id, safe='')}/intervals",
            params={"from": start.isoformat(), "to": end.isoformat()},
        )
        resp.raise_for_status()
        return resp.json()["intervals"]

    def switch_state(self, meter_id: str) -> str:
        resp = self._client.get(f"/v1/meters/{quote(meter_id, safe='')}/service-switch")
        resp.raise_for_status()
        return resp.json()["state"]

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "HeadEndClient":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
