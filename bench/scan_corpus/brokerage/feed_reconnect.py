"""Reconnect loop shared by the market-data feed handlers (quotes, trades, OPRA)."""
import logging
import random
import time
from dataclasses import dataclass
from typing import Callable

log = logging.getLogger(__name__)


@dataclass
class Backoff:
    base_s: float = 0.5
    cap_s: float = 30.0
    max_attempts: int = 0  # 0 = retry forever

    def delay(self, attempt: int) -> float:
        # "full jitter" keeps a fleet of handlers from reconnecting in lockstep
        return random.uniform(0, min(self.cap_s, self.base_s * 2 ** attempt))


def run_with_reconnect(connect: Callable[[], object], consume: Callable[[object], None],
                       name: str, backoff: Backoff | None = None) -> None:
    backoff = backoff or Backoff()
    attempt = 0
    while True:
        try:
            conn = connect()
            attempt = 0
            log.info("%s feed connected", name)
            consume(conn)
        except (ConnectionError, TimeoutError, OSError) as exc:
            attempt += 1
            if backoff.max_attempts and attempt > backoff.max_attempts:
                log.error("%s feed giving up after %d attempts", name, attempt - 1)
                raise
            wait = backoff.delay(attempt)
            log.warning("%s feed dropped (%s); reconnecting in %.2fs", name, exc, wait)
            time.sleep(wait)
