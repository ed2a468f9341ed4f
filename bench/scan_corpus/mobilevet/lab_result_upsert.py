"""Writes parsed lab results into the practice database.

Haematology, biochemistry and parasitology results are kept in separate tables;
the importer picks the table from the panel type reported by the lab.
"""

from __future__ import annotations

import logging
from typing import Iterable, Mapping

from sqlalchemy import text
from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)

PANEL_TABLES = {
    "HAEM": "haematology_results",
    "BIOC": "biochemistry_results",
    "PARA": "parasitology_results",
}


class UnknownPanel(ValueError):
    pass


def _upsert_statement(panel: str):
    try:
        table = PANEL_TABLES[panel]
    except KeyError:
        raise UnknownPanel(panel) from None
    return text(
        f"INSERT INTO {table} (lab_code, accession_no, test_code, animal_id, value, units, "
        "reported_at) VALUES (:lab, :accession, :test, :animal_id, :value, :units, :reported_at) "
        "ON CONFLICT (lab_code, accession_no, test_code) DO UPDATE SET "
        "value = EXCLUDED.value, units = EXCLUDED.units, reported_at = EXCLUDED.reported_at"
    )


def upsert_results(conn: Connection, lab_code: str, rows: Iterable[Mapping[str, str]]) -> int:
    count = 0
    for row in rows:
        try:
            stmt = _upsert_statement(row["panel"].upper())
        except UnknownPanel:
            log.warning("skipping result %s with unknown panel %r",
                        row.get("accession"), row.get("panel"))
            continue
        conn.execute(
            stmt,
            {
                "lab": lab_code,
                "accession": row["accession"],
                "test": row["test_code"],
                "animal_id": int(row["patient_ref"]),
                "value": row["result"],
                "units": row.get("units") or None,
                "reported_at": row["reported_at"],
            },
        )
        count += 1
    return count
