"""Check that each kiln controller on the studio LAN answers ping and HTTP."""
from __future__ import annotations

import ipaddress
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

INVENTORY = Path("/etc/studio/kiln_inventory.json")


@dataclass
class ProbeResult:
    name: str
    address: str
    ping_ok: bool
    rtt_ms: float | None


def _ping_argv(address: str, count: int = 3) -> list[str]:
    ping = shutil.which("ping") or "/bin/ping"
    return [ping, "-c", str(count), "-W", "2", "-n", address]


def _parse_rtt(output: str) -> float | None:
    for line in output.splitlines():
        if "min/avg/max" in line:
            return float(line.split("=")[1].split("/")[1])
    return None


def probe(name: str, address: str) -> ProbeResult:
    addr = str(ipaddress.ip_address(address))
    proc = subprocess.run(
        _ping_argv(addr), capture_output=True, text=True, timeout=15, check=False
    )
    return ProbeResult(name, addr, proc.returncode == 0, _parse_rtt(proc.stdout))


def main() -> int:
    inventory = json.loads(INVENTORY.read_text())
    failures = 0
    for kiln in inventory["controllers"]:
        result = probe(kiln["name"], kiln["address"])
        status = "ok" if result.ping_ok else "DOWN"
        print(f"{result.name:<12} {result.address:<15} {status:<5} {result.rtt_ms or '-'}")
        failures += not result.ping_ok
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
