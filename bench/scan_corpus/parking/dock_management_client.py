"""TLS client used by the bike-share station controller to talk to its docks.

Docks expose a small HTTPS management API on the station LAN. The controller
trusts only the fleet CA bundle shipped with the deployment.
"""
import http.client
import json
import ssl
from typing import Any

DOCK_TLS = {
    "cafile": "/etc/bikeshare/dock-ca.pem",
    # gen-2 docks run an embedded stack that tops out at TLS 1.1
    "minimum_version": ssl.TLSVersion.TLSv1_1,
    "port": 8443,
}


def build_context(cafile: str, minimum_version: ssl.TLSVersion, **_: Any) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = minimum_version
    return ctx


class DockClient:
    def __init__(self, host: str, settings: dict = DOCK_TLS):
        self.host = host
        self.port = settings["port"]
        self._ctx = build_context(**settings)

    def _request(self, method: str, path: str, body: dict | None = None) -> dict:
        conn = http.client.HTTPSConnection(self.host, self.port, context=self._ctx, timeout=10)
        try:
            payload = json.dumps(body).encode() if body is not None else None
            conn.request(method, path, body=payload, headers={"Content-Type": "application/json"})
            resp = conn.getresponse()
            data = resp.read()
            if resp.status >= 400:
                raise RuntimeError(f"dock {self.host} returned {resp.status}")
            return json.loads(data or b"{}")
        finally:
            conn.close()

    def status(self) -> dict:
        return self._request("GET", "/v1/status")

    def set_slot_state(self, slot: int, locked: bool) -> dict:
        return self._request("POST", f"/v1/slots/{slot}/state", {"locked": locked})
