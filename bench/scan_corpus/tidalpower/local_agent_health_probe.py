"""Liveness probe for the on-host SCADA data-forwarding agent."""

from __future__ import annotations

import json
import os
import sys
import urllib.request
from dataclasses import dataclass
from urllib.error import URLError


@dataclass(frozen=True)
class ProbeTarget:
    """The forwarder exposes its status page on the loopback interface only."""

    port: int
    path: str = "/healthz"
    host: str = "127.0.0.1"

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{self.path}"


def target_from_env() -> ProbeTarget:
    return ProbeTarget(port=int(os.environ.get("FORWARDER_STATUS_PORT", "9102")))


def probe(target: ProbeTarget, timeout_s: float = 2.0) -> dict:
    with urllib.request.urlopen(target.url, timeout=timeout_s) as resp:
        return json.loads(resp.read().decode("utf-8"))


def evaluate(status: dict, max_backlog: int = 50_000) -> tuple[bool, str]:
    if status.get("state") != "running":
        return False, f"forwarder state is {status.get('state')!r}"
    backlog = int(status.get("queued_points", 0))
    if backlog > max_backlog:
        return False, f"backlog {backlog} exceeds {max_backlog}"
    return True, "ok"


def main() -> int:
    target = target_from_env()
    try:
        healthy, reason = evaluate(probe(target))
    except (URLError, OSError, ValueError) as exc:
        healthy, reason = False, f"probe failed: {exc}"
    print(reason)
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())
