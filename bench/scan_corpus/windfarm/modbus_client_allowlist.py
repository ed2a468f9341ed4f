"""Decides which hosts may open Modbus/TCP sessions to the turbine gateway."""

from __future__ import annotations

import ipaddress
import logging
from dataclasses import dataclass, field
from typing import Iterable

log = logging.getLogger("modbus.acl")

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def _networks(cidrs: Iterable[str]) -> tuple[IPNetwork, ...]:
    return tuple(ipaddress.ip_network(c, strict=True) for c in cidrs)


@dataclass
class GatewayAcl:
    """Source networks permitted per Modbus function class."""

    read_only: tuple[IPNetwork, ...] = field(
        default_factory=lambda: _networks(["10.40.0.0/16", "10.41.8.0/24"])
    )
    control: tuple[IPNetwork, ...] = field(
        default_factory=lambda: _networks(["10.40.12.0/28"])
    )

    WRITE_FUNCTIONS = frozenset({5, 6, 15, 16, 23})

    def permits(self, peer: str, function_code: int) -> bool:
        try:
            addr = ipaddress.ip_address(peer)
        except ValueError:
            log.warning("unparseable peer address %r", peer)
            return False
        pool = self.control if function_code in self.WRITE_FUNCTIONS else self.read_only + self.control
        allowed = any(addr in net for net in pool)
        if not allowed:
            log.info("denied function %d from %s", function_code, addr)
        return allowed


def filter_requests(acl: GatewayAcl, requests: Iterable[tuple[str, int, bytes]]):
    """Yield only the (peer, function_code, pdu) tuples that the ACL allows."""
    for peer, function_code, pdu in requests:
        if acl.permits(peer, function_code):
            yield peer, function_code, pdu
