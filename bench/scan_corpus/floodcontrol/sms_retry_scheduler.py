"""Retry scheduling for flood warning SMS batches that the provider rejected."""

import random
import time
from dataclasses import dataclass
from typing import Callable


@dataclass
class BackoffPolicy:
    base_s: float = 2.0
    cap_s: float = 120.0
    max_attempts: int = 6

    def delay(self, attempt: int, rng: random.Random = random.Random()) -> float:
        ceiling = min(self.cap_s, self.base_s * (2**attempt))
        return rng.uniform(0, ceiling)


class RetryingSender:
    """Wraps a batch send function and retries on throttling or provider errors."""

    retryable_statuses = frozenset({429, 500, 502, 503, 504})

    def __init__(
        self,
        send: Callable[[list[str], str], int],
        policy: BackoffPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.send = send
        self.policy = policy or BackoffPolicy()
        self.sleep = sleep

    def deliver(self, numbers: list[str], text: str) -> int:
        last_status = 0
        for attempt in range(self.policy.max_attempts):
            last_status = self.send(numbers, text)
            if last_status not in self.retryable_statuses:
                return last_status
            self.sleep(self.policy.delay(attempt))
        return last_status
