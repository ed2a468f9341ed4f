"""Reads temperatures from cold-store sensor hubs over mutual TLS.

Readings feed the food-safety log; a hub that cannot be reached for more than
ten minutes raises an alert in the ops channel.
"""
from __future__ import annotations

import json
import socket
import ssl
from dataclasses import dataclass


@dataclass(frozen=True)
class HubConfig:
    host: str
    port: int
    ca_bundle: str
    cert_file: str
    key_file: str
    timeout: float = 5.0


def build_context(cfg: HubConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cfg.ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(certfile=cfg.cert_file, keyfile=cfg.key_file)
    return ctx


def read_temperatures(cfg: HubConfig) -> dict[str, float]:
    ctx = build_context(cfg)
    with socket.create_connection((cfg.host, cfg.port), timeout=cfg.timeout) as sock:
        with ctx.wrap_socket(sock, server_hostname=cfg.host) as tls:
            tls.sendall(b'{"cmd": "readings"}\n')
            buf = tls.makefile("rb").readline()
    payload = json.loads(buf)
    return {sensor["id"]: float(sensor["celsius"]) for sensor in payload["sensors"]}


def out_of_range(readings: dict[str, float], max_celsius: float = 5.0) -> list[str]:
    return sorted(sensor for sensor, temp in readings.items() if temp > max_celsius)
