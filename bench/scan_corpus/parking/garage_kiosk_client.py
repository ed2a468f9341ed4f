"""HTTPS client for the pay-on-foot kiosks in city garages.

Kiosks present certificates from the garage operator's private CA and expect
the back office to authenticate with a client certificate.
"""
import os
import ssl

import httpx

KIOSK_CA_BUNDLE = os.environ.get("KIOSK_CA_BUNDLE", "/etc/garage/kiosk-ca.pem")


def kiosk_ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=KIOSK_CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(os.environ["KIOSK_CLIENT_CERT"], os.environ["KIOSK_CLIENT_KEY"])
    return ctx


class KioskClient:
    def __init__(self, base_url: str):
        self._http = httpx.Client(base_url=base_url, verify=kiosk_ssl_context(), timeout=10.0)

    def close(self) -> None:
        self._http.close()

    def shift_totals(self, shift_id: str) -> dict:
        resp = self._http.get(f"/api/shifts/{shift_id}/totals")
        resp.raise_for_status()
        return resp.json()

    def push_rate_table(self, rates: list[dict]) -> None:
        resp = self._http.put("/api/rates", json={"rates": rates})
        resp.raise_for_status()


def collect_totals(kiosk_urls: list[str], shift_id: str) -> dict[str, dict]:
    out = {}
    for url in kiosk_urls:
        client = KioskClient(url)
        try:
            out[url] = client.shift_totals(shift_id)
        finally:
            client.close()
    return out
