"""Validate and probe the 3D printers listed in printers.toml.

The queue worker only talks to printers that live on the workshop LAN, so
a typo in the config can't make it push jobs (and API keys) somewhere else.
"""
import ipaddress
import os
import socket
import tomllib
from pathlib import Path

import httpx

LAN_NETWORKS = (
    ipaddress.ip_network("10.0.0.0/8"),
    ipaddress.ip_network("172.16.0.0/12"),
    ipaddress.ip_network("192.168.0.0/16"),
)


def _is_lan(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return False
    addrs = {ipaddress.ip_address(info[4][0]) for info in infos}
    return bool(addrs) and all(any(a in net for net in LAN_NETWORKS) for a in addrs)


def load_printers(path: Path | None = None) -> list[dict]:
    path = path or Path(os.environ.get("PRINTERS_CONFIG", "printers.toml"))
    with path.open("rb") as fh:
        printers = tomllib.load(fh).get("printer", [])
    rejected = [p["name"] for p in printers if not _is_lan(p["host"])]
    if rejected:
        raise ValueError(f"printers outside the workshop LAN: {', '.join(rejected)}")
    return printers


def probe(printer: dict) -> str:
    url = f"http://{printer['host']}:{printer.get('port', 80)}/api/version"
    try:
        resp = httpx.get(url, headers={"X-Api-Key": os.environ[printer["api_key_env"]]}, timeout=3.0)
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        return f"unreachable ({exc.__class__.__name__})"
    return resp.json().get("text", "unknown")


if __name__ == "__main__":
    for p in load_printers():
        print(f"{p['name']:<12} {probe(p)}")
