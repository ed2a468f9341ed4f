"""Pushes live roaster telemetry to the roastery's monitoring service.

A small agent on the controller PC reads bean temperature, exhaust
temperature and gas setting from the roaster every few seconds and posts
batches of readings to the monitoring service's ingest API. The agent
authenticates with the ingest token issued for this machine.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import asdict, dataclass

import httpx

from roaster.controller import read_sensors

log = logging.getLogger("roaster.telemetry")


@dataclass
class Reading:
    ts: float
    bean_temp_c: float
    exhaust_temp_c: float
    gas_pct: float
    drum_rpm: int


@dataclass(frozen=True)
class AgentConfig:
    ingest_url: str
    machine_id: str
    interval_s: float = 2.0
    batch_size: int = 15

    @classmethod
    def from_env(cls) -> "AgentConfig":
        return cls(
            ingest_url=os.environ["TELEMETRY_INGEST_URL"],
            machine_id=os.environ["ROASTER_MACHINE_ID"],
        )


def ingest_client(config: AgentConfig) -> httpx.Client:
    token = os.environ["TELEMETRY_INGEST_TOKEN"]
    return httpx.Client(
        base_url=config.ingest_url,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10.0,
    )


def run(config: AgentConfig) -> None:
    client = ingest_client(config)
    buffer: list[Reading] = []
    while True:
        buffer.append(Reading(ts=time.time(), **read_sensors()))
        if len(buffer) >= config.batch_size:
            try:
                response = client.post(
                    f"/v1/machines/{config.machine_id}/readings",
                    json=[asdict(r) for r in buffer],
                )
                response.raise_for_status()
                buffer.clear()
            except httpx.HTTPError as exc:
                log.warning("telemetry push failed (%s), keeping %d readings",
                            type(exc).__name__, len(buffer))
                buffer = buffer[-config.batch_size * 20:]
        time.sleep(config.interval_s)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(AgentConfig.from_env())
