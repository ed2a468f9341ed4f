"""Client for the Type B messaging gateway (MVT/LDM/CPM over HTTPS).

The gateway requires mutual TLS; the client certificate is issued per
environment and mounted into the container by the deployment.
"""
import os
import ssl

import urllib3

GATEWAY_URL = os.environ.get("TYPEB_GATEWAY_URL", "")
CLIENT_CERT = os.environ.get("TYPEB_CLIENT_CERT", "/etc/flightops/typeb/client.pem")
CLIENT_KEY = os.environ.get("TYPEB_CLIENT_KEY", "/etc/flightops/typeb/client.key")
MAX_TEXT_LEN = 3840


def build_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(CLIENT_CERT, CLIENT_KEY)
    return ctx


class TypeBGateway:
    def __init__(self, url: str = GATEWAY_URL, ctx: ssl.SSLContext | None = None):
        if not url.startswith("https://"):
            raise ValueError("TYPEB_GATEWAY_URL must be an https URL")
        self.url = url.rstrip("/")
        self.http = urllib3.PoolManager(
            ssl_context=ctx or build_context(),
            retries=urllib3.Retry(total=3, backoff_factor=0.5),
            timeout=urllib3.Timeout(connect=5, read=20),
        )

    def send(self, originator: str, addresses: list[str], text: str) -> str:
        if len(text) > MAX_TEXT_LEN:
            raise ValueError("Type B text exceeds gateway limit")
        body = {"originator": originator, "addresses": addresses, "text": text}
        resp = self.http.request("POST", f"{self.url}/messages", json=body)
        if resp.status >= 300:
            raise RuntimeError(f"gateway rejected message: HTTP {resp.status}")
        return resp.json()["message_id"]

    def status(self, message_id: str) -> dict:
        resp = self.http.request("GET", f"{self.url}/messages/{message_id}")
        if resp.status != 200:
            raise RuntimeError(f"status lookup failed: HTTP {resp.status}")
        return resp.json()
