"""Gateway-side client that forwards buffered readings to the cloud ingest service.

Runs on the field gateway; the ingest endpoint and client certificate paths
come from ``/etc/irrigation/gateway.toml``.
"""

from __future__ import annotations

import http.client
import json
import ssl
import tomllib
from pathlib import Path

CONFIG_PATH = Path("/etc/irrigation/gateway.toml")


def load_config(path: Path = CONFIG_PATH) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)["ingest"]


def tls_context(cfg: dict) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg.get("ca_file"))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cfg["client_cert"], cfg["client_key"])
    return ctx


class IngestClient:
    def __init__(self, cfg: dict) -> None:
        self.host = cfg["host"]
        self.port = int(cfg.get("port", 443))
        self.gateway_id = cfg["gateway_id"]
        self._ctx = tls_context(cfg)

    def send_batch(self, readings: list[dict]) -> int:
        conn = http.client.HTTPSConnection(self.host, self.port, context=self._ctx, timeout=30)
        try:
            body = json.dumps({"gateway": self.gateway_id, "readings": readings})
            conn.request("POST", "/v1/readings", body=body,
                         headers={"Content-Type": "application/json"})
            resp = conn.getresponse()
            resp.read()
            if resp.status >= 300:
                raise RuntimeError(f"ingest rejected batch: HTTP {resp.status}")
            return len(readings)
        finally:
            conn.close()
