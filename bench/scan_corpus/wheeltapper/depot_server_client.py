"""Mutual-TLS client used by depot gateways to reach the central records server.

Depot gateways present a client certificate issued by the company PKI and
trust only the private CA that signs the central server's certificate.
"""
import ssl

import httpx

from wheeltapper.config import settings


def build_ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(purpose=ssl.Purpose.SERVER_AUTH, cafile=settings.PRIVATE_CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_cert_chain(settings.GATEWAY_CERT_FILE, settings.GATEWAY_KEY_FILE)
    return ctx


class CentralRecordsClient:
    def __init__(self, base_url: str = settings.CENTRAL_RECORDS_URL):
        self._client = httpx.Client(base_url=base_url, verify=build_ssl_context(), timeout=30)

    def push_inspections(self, depot_code: str, records: list[dict]) -> int:
        resp = self._client.post(f"/depots/{depot_code}/inspections", json={"records": records})
        resp.raise_for_status()
        return resp.json()["accepted"]

    def open_defects(self, depot_code: str) -> list[dict]:
        resp = self._client.get(f"/depots/{depot_code}/defects", params={"status": "open"})
        resp.raise_for_status()
        return resp.json()["defects"]

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "CentralRecordsClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
