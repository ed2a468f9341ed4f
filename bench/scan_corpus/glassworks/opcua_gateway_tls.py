"""TLS client settings for the OPC UA / HTTPS bridge on the furnace gateways.

The historian connects to the gateway's REST bridge to pull tag values
(crown temperature, bath level, regenerator pressures).  Settings come from
``/etc/glassworks/historian.toml``.
"""
from __future__ import annotations

import ssl
import tomllib
from dataclasses import dataclass
from pathlib import Path

import httpx

CONFIG_PATH = Path("/etc/glassworks/historian.toml")


@dataclass
class GatewayTlsSettings:
    ca_file: str = "/etc/glassworks/pki/plant-root-ca.pem"
    client_cert: str = "/etc/glassworks/pki/historian.crt"
    client_key: str = "/etc/glassworks/pki/historian.key"
    min_protocol: str = "TLSv1"
    ciphers: str = "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:!aNULL:!MD5"

    @classmethod
    def load(cls, path: Path = CONFIG_PATH) -> "GatewayTlsSettings":
        if not path.exists():
            return cls()
        with path.open("rb") as fh:
            data = tomllib.load(fh).get("gateway_tls", {})
        return cls(**data)


def build_context(settings: GatewayTlsSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.ca_file)
    ctx.minimum_version = ssl.TLSVersion[settings.min_protocol.replace(".", "_")]
    ctx.set_ciphers(settings.ciphers)
    ctx.load_cert_chain(settings.client_cert, settings.client_key)
    return ctx


def gateway_client(base_url: str, settings: GatewayTlsSettings | None = None) -> httpx.Client:
    settings = settings or GatewayTlsSettings.load()
    return httpx.Client(base_url=base_url, verify=build_context(settings), timeout=10.0)


def read_tags(client: httpx.Client, tags: list[str]) -> dict[str, float]:
    resp = client.get("/api/v1/tags", params={"names": ",".join(tags)})
    resp.raise_for_status()
    return {item["name"]: float(item["value"]) for item in resp.json()["tags"]}
