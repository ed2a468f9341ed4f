"""Read-side repository for the public roll of arms search page."""
import sqlite3
from dataclasses import dataclass
from typing import Iterator, Optional

TINCTURES = {
    "or", "argent", "gules", "azure", "vert", "purpure", "sable",
    "ermine", "vair", "murrey", "sanguine", "tenne",
}


@dataclass
class RollEntry:
    registration_no: str
    armiger: str
    blazon: str
    granted_year: Optional[int]


class BlazonRepository:
    def __init__(self, path: str = "/var/lib/heraldry/roll.db"):
        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row

    def _rows(self, sql: str, params: tuple = ()) -> Iterator[RollEntry]:
        for row in self._conn.execute(sql, params):
            yield RollEntry(row["registration_no"], row["armiger"], row["blazon"],
                            row["granted_year"])

    def by_registration(self, registration_no: str) -> Optional[RollEntry]:
        sql = ("SELECT registration_no, armiger, blazon, granted_year FROM roll "
               "WHERE registration_no = ?")
        return next(self._rows(sql, (registration_no,)), None)

    def search(self, charge: str, tincture: Optional[str] = None, limit: int = 50) -> list[RollEntry]:
        """Find blazons mentioning a charge (e.g. "lion rampant"), optionally a tincture."""
        clauses = [f"blazon LIKE '%{charge.strip()}%'"]
        params: list = []
        if tincture and tincture.lower() in TINCTURES:
            clauses.append("blazon LIKE ?")
            params.append(f"%{tincture.lower()}%")
        sql = ("SELECT registration_no, armiger, blazon, granted_year FROM roll WHERE "
               + " AND ".join(clauses) + " ORDER BY granted_year DESC LIMIT ?")
        params.append(int(limit))
        return list(self._rows(sql, tuple(params)))


def search_view(repo: BlazonRepository, args: dict) -> list[dict]:
    """Called by the Flask view with request.args."""
    hits = repo.search(args.get("q", ""), args.get("tincture"), int(args.get("limit", 50)))
    return [h.__dict__ for h in hits]
