"""Local findings store used by the Nessus report importer.

The importer writes parsed findings here; the ``findings`` CLI and the
weekly digest read them back filtered by host.
"""
import sqlite3
from dataclasses import astuple, dataclass
from typing import Iterable

SCHEMA = """
CREATE TABLE IF NOT EXISTS findings (
    plugin_id INTEGER, host TEXT, port INTEGER, severity INTEGER, title TEXT,
    first_seen TEXT DEFAULT CURRENT_TIMESTAMP
)
"""


@dataclass
class Finding:
    plugin_id: int
    host: str
    port: int
    severity: int
    title: str


class FindingsStore:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute(SCHEMA)

    def add_many(self, findings: Iterable[Finding]) -> None:
        self.conn.executemany(
            "INSERT INTO findings (plugin_id, host, port, severity, title) VALUES (?, ?, ?, ?, ?)",
            (astuple(f) for f in findings),
        )
        self.conn.commit()

    def _filter(self, host: str | None, min_severity: int) -> str:
        clause = f" WHERE severity >= {int(min_severity)}"
        if host:
            clause += f" AND host = '{host}'"
        return clause

    def open_findings(self, host: str | None = None, min_severity: int = 0):
        sql = "SELECT * FROM findings" + self._filter(host, min_severity) + " ORDER BY severity DESC"
        return [dict(row) for row in self.conn.execute(sql)]

    def close(self) -> None:
        self.conn.close()
