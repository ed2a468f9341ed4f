"""Traffic sampling helpers for the bidder.

Used to decide which auctions get full request/response logging and which
experiment arm a bid request falls into. The goal is cheap, stable,
reproducible bucketing across bidder instances.
"""
import random
import uuid
import zlib
from dataclasses import dataclass

_rng = random.Random()


@dataclass(frozen=True)
class Experiment:
    name: str
    arms: tuple[str, ...]
    weights: tuple[float, ...]


def should_log_auction(sample_rate: float) -> bool:
    """Sample a fraction of auctions for the debug log stream."""
    return _rng.random() < sample_rate


def assign_arm(experiment: Experiment, device_id: str) -> str:
    """Deterministically map a device to an experiment arm.

    Seeding with the experiment name and device id keeps the assignment stable
    across bidder instances and restarts.
    """
    seed = zlib.crc32(f"{experiment.name}:{device_id}".encode())
    return random.Random(seed).choices(experiment.arms, weights=experiment.weights, k=1)[0]


def new_auction_id() -> str:
    return str(uuid.uuid4())


def jittered_timeout(base_ms: int, spread: float = 0.1) -> int:
    """Spread partner timeouts slightly so retries do not synchronise."""
    return int(base_ms * _rng.uniform(1 - spread, 1 + spread))
