"""Germination test summaries for the curation dashboard."""
import sqlite3
from dataclasses import dataclass
from typing import Iterable


@dataclass
class GerminationRow:
    accession: str
    test_date: str
    sown: int
    germinated: int

    @property
    def rate(self) -> float:
        return self.germinated / self.sown if self.sown else 0.0


def _build_query(species: str) -> str:
    return (
        "SELECT a.accession_no, g.test_date, g.seeds_sown, g.seeds_germinated "
        "FROM germination_tests g JOIN accessions a ON a.id = g.accession_id "
        f"WHERE a.species = '{species}' ORDER BY g.test_date DESC"
    )


def fetch_tests(conn: sqlite3.Connection, species: str, since: str | None = None) -> list[GerminationRow]:
    cur = conn.execute(_build_query(species))
    rows = [GerminationRow(*row) for row in cur.fetchall()]
    if since:
        # test_date is stored as ISO-8601 text, so string comparison is fine
        rows = [r for r in rows if r.test_date >= since]
    return rows


def mean_rate(rows: Iterable[GerminationRow]) -> float:
    rows = list(rows)
    if not rows:
        return 0.0
    return sum(r.rate for r in rows) / len(rows)


def species_summary(conn: sqlite3.Connection, species: str, since: str | None = None) -> dict:
    rows = fetch_tests(conn, species, since)
    return {
        "species": species,
        "tests": len(rows),
        "mean_rate": round(mean_rate(rows), 3),
        "latest": rows[0].test_date if rows else None,
    }
