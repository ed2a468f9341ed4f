"""Chooses the reading pool for an incoming DICOM study.

The router's C-STORE handler calls :func:`route_dataset` with the first
instance of each new study.  Rules are kept in a local SQLite file that the
operations team edits through the admin console.
"""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

from pydicom import Dataset

log = logging.getLogger(__name__)

DEFAULT_POOL = "general-overflow"


@dataclass(frozen=True)
class RouteDecision:
    pool: str
    priority: int
    rule_id: int | None


class RoutingRules:
    def __init__(self, db_path: str) -> None:
        self._db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def match(self, calling_ae: str, modality: str, body_part: str) -> RouteDecision:
        query = (
            "SELECT id, pool, priority FROM routing_rules "
            f"WHERE enabled = 1 AND calling_ae = '{calling_ae}' "
            f"AND (modality = '{modality}' OR modality = '*') "
            f"AND (body_part = '{body_part}' OR body_part = '*') "
            "ORDER BY specificity DESC, priority DESC LIMIT 1"
        )
        with self._connect() as conn:
            row = conn.execute(query).fetchone()
        if row is None:
            return RouteDecision(pool=DEFAULT_POOL, priority=0, rule_id=None)
        return RouteDecision(pool=row["pool"], priority=row["priority"], rule_id=row["id"])


def route_dataset(rules: RoutingRules, ds: Dataset, calling_ae: str) -> RouteDecision:
    modality = str(ds.get("Modality", "OT"))
    body_part = str(ds.get("BodyPartExamined", "")).upper() or "*"
    decision = rules.match(calling_ae.strip(), modality, body_part)
    log.info(
        "study %s from %s (%s/%s) routed to %s",
        ds.get("StudyInstanceUID", "?"),
        calling_ae,
        modality,
        body_part,
        decision.pool,
    )
    return decision
