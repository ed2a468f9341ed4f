"""Group raw leak-detection alarms into incidents and tag them with correlation IDs."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Iterable


@dataclass
class RawAlarm:
    segment_id: str
    source: str
    raised_at: datetime
    imbalance_mscfd: float


@dataclass
class Incident:
    segment_id: str
    opened_at: datetime
    correlation_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    alarms: list[RawAlarm] = field(default_factory=list)

    @property
    def sources(self) -> set[str]:
        return {a.source for a in self.alarms}

    @property
    def peak_imbalance(self) -> float:
        return max((a.imbalance_mscfd for a in self.alarms), default=0.0)


def correlate(alarms: Iterable[RawAlarm], window: timedelta = timedelta(minutes=15)) -> list[Incident]:
    incidents: list[Incident] = []
    open_by_segment: dict[str, Incident] = {}
    for alarm in sorted(alarms, key=lambda a: a.raised_at):
        current = open_by_segment.get(alarm.segment_id)
        if current is None or alarm.raised_at - current.opened_at > window:
            current = Incident(alarm.segment_id, alarm.raised_at)
            open_by_segment[alarm.segment_id] = current
            incidents.append(current)
        current.alarms.append(alarm)
    return incidents


def corroborated(incidents: Iterable[Incident], min_sources: int = 2) -> list[Incident]:
    return [i for i in incidents if len(i.sources) >= min_sources]
