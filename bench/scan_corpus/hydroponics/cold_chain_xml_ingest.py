"""Ingests temperature logger exports that the refrigerated carrier posts as XML."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterator

from lxml import etree

CARRIER_PARSER_OPTIONS = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
}


@dataclass
class TemperatureSample:
    logger_id: str
    taken_at: datetime
    celsius: float


class CarrierExportReader:
    namespace = {"cc": "urn:coldchain:logger:2"}

    def __init__(self, **overrides) -> None:
        options = {**CARRIER_PARSER_OPTIONS, **overrides}
        self.parser = etree.XMLParser(**options)

    def samples(self, payload: bytes) -> Iterator[TemperatureSample]:
        root = etree.fromstring(payload, parser=self.parser)
        for logger in root.iterfind("cc:Logger", self.namespace):
            logger_id = logger.get("id")
            for reading in logger.iterfind("cc:Reading", self.namespace):
                yield TemperatureSample(
                    logger_id=logger_id,
                    taken_at=datetime.fromisoformat(reading.get("at")),
                    celsius=float(reading.text),
                )


def excursions(payload: bytes, max_celsius: float = 4.0) -> list[TemperatureSample]:
    reader = CarrierExportReader()
    return [sample for sample in reader.samples(payload) if sample.celsius > max_celsius]


def summarize(payload: bytes) -> dict[str, float]:
    reader = CarrierExportReader()
    temps = [sample.celsius for sample in reader.samples(payload)]
    if not temps:
        return {"count": 0}
    return {"count": len(temps), "min": min(temps), "max": max(temps), "mean": sum(temps) / len(temps)}
