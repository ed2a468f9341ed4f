"""Network diagnostics exposed in the mobile app's 'Troubleshoot hub' screen."""
from __future__ import annotations

import ipaddress
import re
import subprocess
from dataclasses import dataclass

HOSTNAME_RE = re.compile(r"^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)*[a-zA-Z0-9-]{1,63}$")


@dataclass
class PingResult:
    target: str
    reachable: bool
    output: str


def _validate_target(target: str) -> str:
    target = target.strip()
    try:
        return str(ipaddress.ip_address(target))
    except ValueError:
        pass
    if not HOSTNAME_RE.match(target) or target.startswith("-"):
        raise ValueError(f"invalid host: {target!r}")
    return target


class NetworkDiagnostics:
    def __init__(self, count: int = 3, timeout_s: int = 10) -> None:
        self.count = count
        self.timeout_s = timeout_s

    def ping(self, target: str) -> PingResult:
        host = _validate_target(target)
        proc = subprocess.run(
            ["ping", "-c", str(self.count), "-W", "2", "--", host],
            capture_output=True,
            text=True,
            timeout=self.timeout_s,
        )
        return PingResult(host, proc.returncode == 0, proc.stdout[-2000:])

    def traceroute(self, target: str) -> str:
        host = _validate_target(target)
        proc = subprocess.run(
            ["traceroute", "-m", "15", "--", host],
            capture_output=True,
            text=True,
            timeout=self.timeout_s * 6,
        )
        return proc.stdout
