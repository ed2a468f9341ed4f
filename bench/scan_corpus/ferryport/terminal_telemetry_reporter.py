"""Report terminal throughput metrics (vehicles/hour, dwell time) to the group analytics service."""

from __future__ import annotations

import os
import statistics
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import httpx

DEPLOYMENT_LABELS = ("TERMINAL_CODE", "DEPLOY_REGION", "APP_VERSION", "K8S_NAMESPACE")


def deployment_labels() -> dict[str, str]:
    return {name.lower(): os.environ.get(name, "") for name in DEPLOYMENT_LABELS}


@dataclass
class ThroughputSample:
    window_start: str
    window_end: str
    vehicles_processed: int
    median_dwell_s: float
    p95_dwell_s: float


def summarise(dwell_times_s: list[float], start: datetime, end: datetime) -> ThroughputSample:
    ordered = sorted(dwell_times_s)
    p95 = ordered[int(0.95 * (len(ordered) - 1))] if ordered else 0.0
    return ThroughputSample(
        window_start=start.isoformat(),
        window_end=end.isoformat(),
        vehicles_processed=len(ordered),
        median_dwell_s=statistics.median(ordered) if ordered else 0.0,
        p95_dwell_s=p95,
    )


class AnalyticsReporter:
    def __init__(self) -> None:
        self._url = os.environ["ANALYTICS_INGEST_URL"]
        self._client = httpx.Client(
            timeout=10.0, headers={"X-Ingest-Key": os.environ["ANALYTICS_INGEST_KEY"]}
        )

    def report(self, sample: ThroughputSample) -> None:
        payload = {
            "source": "ferry-terminal",
            "labels": deployment_labels(),
            "reported_at": datetime.now(timezone.utc).isoformat(),
            "sample": asdict(sample),
        }
        self._client.post(self._url, json=payload).raise_for_status()
