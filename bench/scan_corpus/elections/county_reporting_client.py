"""HTTP client for county reporting servers that use the state's internal CA."""
import os
import ssl

import httpx


def _tls_context(ca_file: str | None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


class CountyReportingClient:
    def __init__(self, base_url: str, token: str, ca_file: str | None = None):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Token {token}"},
            verify=_tls_context(ca_file or os.environ.get("STATE_INTERNAL_CA")),
            timeout=httpx.Timeout(10.0, connect=5.0),
        )

    def turnout(self, county_fips: str) -> dict:
        resp = self._client.get(f"/api/v1/counties/{county_fips}/turnout")
        resp.raise_for_status()
        return resp.json()

    def submit_canvass(self, county_fips: str, canvass: dict) -> str:
        resp = self._client.post(f"/api/v1/counties/{county_fips}/canvass", json=canvass)
        resp.raise_for_status()
        return resp.json()["receipt_id"]

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
