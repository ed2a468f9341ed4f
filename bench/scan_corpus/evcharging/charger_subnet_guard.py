"""Reject OCPP websocket upgrades that do not originate from a charger network."""
from __future__ import annotations

import ipaddress
import logging
from typing import Iterable

from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Receive, Scope, Send

log = logging.getLogger("csms.subnets")

CHARGER_NETWORKS: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = (
    ipaddress.ip_network("10.40.0.0/16"),
    ipaddress.ip_network("100.64.0.0/10"),
    ipaddress.ip_network("fd4e:7667:1a00::/40"),
)


def is_charger_address(address: str, networks: Iterable = CHARGER_NETWORKS) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in networks if ip.version == net.version)


class ChargerSubnetGuard:
    """ASGI middleware applied in front of the /ocpp websocket route."""

    def __init__(self, app: ASGIApp, prefix: str = "/ocpp/") -> None:
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket" and scope["path"].startswith(self.prefix):
            conn = HTTPConnection(scope)
            client = conn.client.host if conn.client else ""
            if not is_charger_address(client):
                log.warning("refusing websocket from %s for %s", client, scope["path"])
                await send({"type": "websocket.close", "code": 1008})
                return
        await self.app(scope, receive, send)
