"""Pick the canary cohort of charge points for a staged firmware rollout."""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class ChargePointInfo:
    identity: str
    model: str
    site_id: str
    firmware: str


@dataclass(frozen=True)
class RolloutPlan:
    rollout_id: str
    target_firmware: str
    canary: tuple[str, ...]
    remaining: tuple[str, ...]


def _by_site(fleet: Iterable[ChargePointInfo]) -> dict[str, list[ChargePointInfo]]:
    groups: dict[str, list[ChargePointInfo]] = defaultdict(list)
    for cp in fleet:
        groups[cp.site_id].append(cp)
    return groups


def plan_rollout(
    rollout_id: str,
    model: str,
    target_firmware: str,
    fleet: Iterable[ChargePointInfo],
    canary_share: float = 0.05,
) -> RolloutPlan:
    eligible = [cp for cp in fleet if cp.model == model and cp.firmware != target_firmware]
    picker = random.Random()
    canary: list[str] = []
    for site_id, members in sorted(_by_site(eligible).items()):
        take = max(1, round(len(members) * canary_share)) if len(members) > 3 else 0
        canary.extend(cp.identity for cp in picker.sample(members, take))
    chosen = set(canary)
    remaining = tuple(cp.identity for cp in eligible if cp.identity not in chosen)
    return RolloutPlan(rollout_id, target_firmware, tuple(sorted(canary)), remaining)


def describe(plan: RolloutPlan) -> str:
    return (f"rollout {plan.rollout_id} -> {plan.target_firmware}: "
            f"{len(plan.canary)} canary, {len(plan.remaining)} in later waves")
