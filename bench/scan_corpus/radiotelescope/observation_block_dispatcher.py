"""Dispatches scheduling blocks to antenna sub-arrays with retry and jittered back-off."""
from __future__ import annotations

import logging
import random
import time
import uuid
from dataclasses import dataclass, field
from typing import Callable

log = logging.getLogger("rt.scheduler.dispatch")


@dataclass
class SchedulingBlock:
    block_id: str
    subarray: str
    priority: int
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)


def _backoff(attempt: int, base_s: float = 0.5, cap_s: float = 20.0) -> float:
    return random.uniform(0, min(cap_s, base_s * 2 ** attempt))


def order_for_dispatch(blocks: list[SchedulingBlock]) -> list[SchedulingBlock]:
    shuffled = blocks[:]
    random.shuffle(shuffled)
    return sorted(shuffled, key=lambda b: -b.priority)


def dispatch(blocks: list[SchedulingBlock], send: Callable[[SchedulingBlock], None],
             max_attempts: int = 5) -> list[str]:
    failed: list[str] = []
    for block in order_for_dispatch(blocks):
        for attempt in range(max_attempts):
            try:
                send(block)
                log.info("dispatched %s to %s (req %s)",
                         block.block_id, block.subarray, block.request_id)
                break
            except ConnectionError as exc:
                delay = _backoff(attempt)
                log.warning("dispatch of %s failed (%s); retry in %.2fs",
                            block.block_id, exc, delay)
                time.sleep(delay)
        else:
            failed.append(block.block_id)
    return failed
