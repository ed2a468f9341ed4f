"""Reachability check for LoRa gateways, run by the support console worker."""

from __future__ import annotations

import ipaddress
import re
import subprocess
from dataclasses import dataclass

_HOSTNAME_RE = re.compile(r"^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)*[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$")


@dataclass
class PingResult:
    target: str
    reachable: bool
    output: str


def _validated_target(value: str) -> str:
    value = value.strip()
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        pass
    if not _HOSTNAME_RE.match(value):
        raise ValueError(f"not a valid gateway address: {value!r}")
    return value


def ping_gateway(address: str, count: int = 3, timeout_s: int = 2) -> PingResult:
    target = _validated_target(address)
    args = ["ping", "-c", str(int(count)), "-W", str(int(timeout_s)), target]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=count * timeout_s + 5)
    return PingResult(target=target, reachable=proc.returncode == 0, output=proc.stdout + proc.stderr)
