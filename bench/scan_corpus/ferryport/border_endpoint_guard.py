"""Validate the configured border agency endpoint before any manifest is transmitted."""

from __future__ import annotations

import ipaddress
import os
import socket
from urllib.parse import urlsplit

import httpx

BLOCKED_NETWORKS = [
    ipaddress.ip_network("10.0.0.0/8"),
    ipaddress.ip_network("172.16.0.0/12"),
    ipaddress.ip_network("192.168.0.0/16"),
    ipaddress.ip_network("127.0.0.0/8"),
    ipaddress.ip_network("169.254.0.0/16"),
    ipaddress.ip_network("::1/128"),
    ipaddress.ip_network("fc00::/7"),
]


class EndpointRejected(ValueError):
    pass


def _resolved_addresses(host: str) -> set[ipaddress._BaseAddress]:
    infos = socket.getaddrinfo(host, 443, proto=socket.IPPROTO_TCP)
    return {ipaddress.ip_address(info[4][0]) for info in infos}


def validate_endpoint(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise EndpointRejected(f"border endpoint must be an https URL: {url!r}")
    for addr in _resolved_addresses(parts.hostname):
        if any(addr in net for net in BLOCKED_NETWORKS):
            raise EndpointRejected(f"{parts.hostname} resolves to internal address {addr}")
    return url


class GuardedManifestSender:
    def __init__(self) -> None:
        self.endpoint = validate_endpoint(os.environ["BORDER_MANIFEST_ENDPOINT"])
        self._client = httpx.Client(
            timeout=20.0,
            verify=os.environ.get("BORDER_CA_BUNDLE", True),
            headers={"Authorization": f"Bearer {os.environ['BORDER_GATEWAY_TOKEN']}"},
        )

    def send(self, manifest_xml: bytes) -> str:
        resp = self._client.post(
            self.endpoint, content=manifest_xml, headers={"Content-Type": "application/xml"}
        )
        resp.raise_for_status()
        return resp.headers.get("X-Receipt-Id", "")
