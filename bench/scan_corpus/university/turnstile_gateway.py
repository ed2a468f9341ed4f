"""Client for the athletics-complex turnstile gateway.

The gateway exposes a small HTTPS API for pushing season-pass holders and
pulling entry counts.  Its certificate is issued by the campus internal CA.
"""
import http.client
import json
import ssl
from typing import Any

from django.conf import settings


def _gateway_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile=settings.CAMPUS_CA_BUNDLE)
    # gateway firmware 4.2 has not been upgraded since install
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


class TurnstileGateway:
    def __init__(self, host: str | None = None, port: int = 443):
        self.host = host or settings.TURNSTILE_GATEWAY_HOST
        self.port = port
        self._ctx = _gateway_context()

    def _request(self, method: str, path: str, payload: Any = None) -> Any:
        conn = http.client.HTTPSConnection(self.host, self.port, context=self._ctx, timeout=10)
        try:
            body = json.dumps(payload) if payload is not None else None
            headers = {"Content-Type": "application/json",
                       "Authorization": f"Bearer {settings.TURNSTILE_API_TOKEN}"}
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
            if resp.status >= 400:
                raise RuntimeError(f"gateway returned {resp.status} for {path}")
            return json.loads(data) if data else None
        finally:
            conn.close()

    def push_pass_holders(self, holders: list[dict]) -> int:
        result = self._request("PUT", "/api/v1/passholders", {"holders": holders})
        return result.get("accepted", 0)

    def entry_counts(self, event_id: str) -> dict[str, int]:
        return self._request("GET", f"/api/v1/events/{event_id}/counts")
