"""HTTP client for supply partners that require mutual TLS.

Partners issue us a client certificate and sign their endpoints with a private
CA, so we pin their CA bundle instead of relying on the system store.
"""
import ssl
from dataclasses import dataclass

import httpx


@dataclass
class PartnerTLS:
    ca_bundle: str
    client_cert: str
    client_key: str


def _tls_context(tls: PartnerTLS) -> ssl.SSLContext:
    ctx = ssl.create_default_context(purpose=ssl.Purpose.SERVER_AUTH, cafile=tls.ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(certfile=tls.client_cert, keyfile=tls.client_key)
    return ctx


class SspPartnerClient:
    def __init__(self, base_url: str, tls: PartnerTLS, timeout: float = 0.25):
        self._client = httpx.Client(
            base_url=base_url,
            verify=_tls_context(tls),
            timeout=httpx.Timeout(timeout, connect=0.1),
            limits=httpx.Limits(max_connections=200, max_keepalive_connections=100),
            http2=True,
        )

    def send_bid_response(self, auction_id: str, bid_response: dict) -> int:
        resp = self._client.post(f"/openrtb/{auction_id}/response", json=bid_response)
        return resp.status_code

    def fetch_ads_txt_status(self, domain: str) -> dict:
        resp = self._client.get("/sellers/status", params={"domain": domain})
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._client.close()
