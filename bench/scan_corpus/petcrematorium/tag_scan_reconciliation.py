"""Chain-of-custody check: the stainless tag scanned at each station must match the case."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import Enum

from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("custody")


class Station(str, Enum):
    INTAKE = "intake"
    COLD_STORAGE = "cold_storage"
    RETORT = "retort"
    PROCESSOR = "processor"
    URN_PACKING = "urn_packing"


@dataclass(frozen=True)
class ScanResult:
    case_id: int
    station: Station
    matched: bool
    scanned_tag: str
    expected_tag: str


class TagReconciler:
    def __init__(self, engine: Engine):
        self.engine = engine

    @staticmethod
    def normalise(tag: str) -> str:
        return tag.strip().upper().replace("-", "")

    def expected_tag(self, case_id: int) -> str:
        with self.engine.connect() as conn:
            return conn.execute(
                text("SELECT tag_number FROM cremation_cases WHERE id = :c"), {"c": case_id}
            ).scalar_one()

    def record_scan(self, case_id: int, station: Station, scanned: str, operator_id: int) -> ScanResult:
        expected = self.expected_tag(case_id)
        matched = self.normalise(scanned) == self.normalise(expected)
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO custody_scans (case_id, station, scanned_tag, matched, operator_id, scanned_at) "
                    "VALUES (:c, :s, :t, :m, :o, :at)"
                ),
                {
                    "c": case_id,
                    "s": station.value,
                    "t": scanned,
                    "m": matched,
                    "o": operator_id,
                    "at": datetime.now(timezone.utc),
                },
            )
        if not matched:
            log.error("tag mismatch for case %s at %s: scanned %s, expected %s",
                      case_id, station.value, scanned, expected)
        return ScanResult(case_id, station, matched, scanned, expected)
