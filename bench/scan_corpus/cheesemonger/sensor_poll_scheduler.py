"""Polling loop for cave sensors that answer over Modbus/TCP on the cellar LAN."""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass
from typing import Callable

log = logging.getLogger("cellar.poller")


@dataclass
class PollTarget:
    name: str
    host: str
    unit_id: int
    interval_s: float = 30.0
    failures: int = 0


@dataclass(frozen=True)
class BackoffPolicy:
    base_s: float = 2.0
    cap_s: float = 300.0
    jitter: float = 0.25

    def delay(self, failures: int) -> float:
        raw = min(self.cap_s, self.base_s * (2 ** failures))
        spread = raw * self.jitter
        return max(0.5, raw + random.uniform(-spread, spread))


def targets_from_env() -> list[PollTarget]:
    """CELLAR_SENSORS="cave1-n=sensor-01.cellar.lan:1,cave1-s=sensor-02.cellar.lan:2"."""
    targets = []
    for entry in filter(None, os.environ.get("CELLAR_SENSORS", "").split(",")):
        name, _, rest = entry.partition("=")
        host, _, unit = rest.partition(":")
        targets.append(PollTarget(name=name, host=host, unit_id=int(unit or 1)))
    return targets


def run(
    read: Callable[[PollTarget], dict],
    store: Callable[[str, dict], None],
    policy: BackoffPolicy = BackoffPolicy(),
) -> None:
    targets = targets_from_env()
    next_due = {t.name: time.monotonic() for t in targets}
    while True:
        now = time.monotonic()
        for target in targets:
            if next_due[target.name] > now:
                continue
            try:
                store(target.name, read(target))
                target.failures = 0
                next_due[target.name] = now + target.interval_s
            except (OSError, TimeoutError) as exc:
                target.failures += 1
                wait = policy.delay(target.failures)
                log.warning("%s unreachable (%s); retry in %.1fs", target.name, exc, wait)
                next_due[target.name] = now + wait
        time.sleep(1.0)
