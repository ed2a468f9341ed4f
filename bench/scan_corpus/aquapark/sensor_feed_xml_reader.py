"""Reader for the XML status feed published by the wave machine PLCs.

The wave pool and surf simulator controllers expose their status as XML; the
operations dashboard reads it every few seconds.
"""
from __future__ import annotations

from dataclasses import dataclass

import httpx
from defusedxml import ElementTree as DefusedET


@dataclass
class WaveMachineStatus:
    machine_id: str
    mode: str
    wave_height_cm: float
    pump_load_pct: float
    faults: list[str]


class PlcFeedParser:
    def parse(self, payload: bytes) -> list[WaveMachineStatus]:
        root = DefusedET.fromstring(payload)
        out = []
        for node in root.findall("machine"):
            out.append(
                WaveMachineStatus(
                    machine_id=node.get("id", ""),
                    mode=node.findtext("mode", default="idle"),
                    wave_height_cm=float(node.findtext("waveHeight", default="0")),
                    pump_load_pct=float(node.findtext("pumpLoad", default="0")),
                    faults=[f.text or "" for f in node.findall("faults/fault")],
                )
            )
        return out


class PlcFeedClient:
    def __init__(self, feed_url: str, parser: PlcFeedParser | None = None) -> None:
        self.feed_url = feed_url
        self.parser = parser or PlcFeedParser()

    def fetch(self) -> list[WaveMachineStatus]:
        resp = httpx.get(self.feed_url, timeout=3.0)
        resp.raise_for_status()
        return self.parser.parse(resp.content)

    def faulted(self) -> list[str]:
        return [m.machine_id for m in self.fetch() if m.faults]
