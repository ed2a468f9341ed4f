"""Kubernetes liveness/readiness probe for the linkspan controller pod.

The PLC gateway runs as a sidecar in the same pod and exposes its status on loopback.
"""

from __future__ import annotations

import json
import sys
import time
import urllib.request
from dataclasses import dataclass
from http import HTTPStatus
from urllib.error import URLError


@dataclass(frozen=True)
class ProbeTarget:
    name: str
    port: int
    path: str = "/status"
    host: str = "127.0.0.1"

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{self.path}"


SIDECARS = (
    ProbeTarget("plc-gateway", 9102),
    ProbeTarget("ramp-interlock", 9103, path="/interlock"),
)


def probe(target: ProbeTarget, timeout: float = 1.5) -> tuple[bool, str]:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(target.url, timeout=timeout) as resp:
            body = json.loads(resp.read() or b"{}")
            ok = resp.status == HTTPStatus.OK and body.get("state") in {"ready", "degraded"}
    except (URLError, ValueError, TimeoutError) as exc:
        return False, f"{target.name}: {exc}"
    elapsed_ms = (time.monotonic() - started) * 1000
    return ok, f"{target.name}: {body.get('state')} in {elapsed_ms:.0f} ms"


def main(argv: list[str]) -> int:
    mode = argv[1] if len(argv) > 1 else "liveness"
    targets = SIDECARS[:1] if mode == "liveness" else SIDECARS
    failures = 0
    for target in targets:
        ok, detail = probe(target)
        print(detail)
        failures += 0 if ok else 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
