"""Classify on-site Wi-Fi clients by the VLAN subnet they were leased from.

The captive portal uses this to decide which splash page and bandwidth
profile to apply. Subnets match the DHCP scopes on the site core switch.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from enum import Enum


class Profile(str, Enum):
    CREW = "crew"
    TRADERS = "traders"
    PRESS = "press"
    GUEST = "guest"


@dataclass(frozen=True)
class BandwidthLimit:
    down_kbps: int
    up_kbps: int


SUBNETS: dict[Profile, list[ipaddress.IPv4Network]] = {
    Profile.CREW: [ipaddress.ip_network("10.20.0.0/20")],
    Profile.TRADERS: [ipaddress.ip_network("10.30.0.0/20"), ipaddress.ip_network("10.31.0.0/22")],
    Profile.PRESS: [ipaddress.ip_network("10.40.8.0/24")],
    Profile.GUEST: [ipaddress.ip_network("172.18.0.0/16")],
}

LIMITS = {
    Profile.CREW: BandwidthLimit(20_000, 10_000),
    Profile.TRADERS: BandwidthLimit(8_000, 4_000),
    Profile.PRESS: BandwidthLimit(50_000, 25_000),
    Profile.GUEST: BandwidthLimit(2_000, 512),
}


def classify(client_ip: str) -> Profile:
    addr = ipaddress.ip_address(client_ip)
    for profile, networks in SUBNETS.items():
        if any(addr in net for net in networks):
            return profile
    return Profile.GUEST


def limit_for(client_ip: str) -> BandwidthLimit:
    return LIMITS[classify(client_ip)]
