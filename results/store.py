"""The run store: SQLite in WAL mode; every sample is written the moment it is generated and again
when it is scanned, so a crash loses nothing and `--resume` redoes no finished work."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from suite.errors import SuiteError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS samples (
    sample_id   TEXT PRIMARY KEY,
    task_id     TEXT NOT NULL,
    task_version INTEGER NOT NULL,
    variant     TEXT NOT NULL,
    arm         TEXT NOT NULL,
    factors     TEXT NOT NULL,
    seed        INTEGER NOT NULL,
    params      TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('generated', 'scanned')),
    output      TEXT,
    gen_error   TEXT,
    prompt_tokens INTEGER,
    output_tokens INTEGER,
    verdict     TEXT,
    record      TEXT,
    generated_at REAL NOT NULL,
    scanned_at  REAL
);
CREATE INDEX IF NOT EXISTS samples_by_arm ON samples (arm, task_id);
CREATE INDEX IF NOT EXISTS samples_by_variant ON samples (variant, task_id);
"""

STORE_NAME = "store.sqlite"


class Store:
    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise SuiteError(f"{self.path}: cannot open the run store: {exc}") from exc
        except OSError as exc:
            raise SuiteError(f"{self.path}: cannot create the run store: {exc.strerror or exc}") from exc
        self.db.row_factory = sqlite3.Row

    def close(self) -> None:
        self.db.close()

    # run metadata -------------------------------------------------------------------------------
    def get_meta(self, key: str) -> object | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(row["value"]) if row else None

    def set_meta(self, key: str, value: object) -> None:
        self._write("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, json.dumps(value, sort_keys=True)))

    # samples ------------------------------------------------------------------------------------
    def statuses(self) -> dict[str, str]:
        return {r["sample_id"]: r["status"] for r in self.db.execute("SELECT sample_id, status FROM samples")}

    def record_generation(self, *, sample_id: str, task_id: str, task_version: int, variant: str, arm: str,
                          factors: dict, seed: int, params: dict, output: str, gen_error: str | None,
                          prompt_tokens: int | None, output_tokens: int | None) -> None:
        self._write(
            "INSERT OR IGNORE INTO samples (sample_id, task_id, task_version, variant, arm, factors, seed, params,"
            " status, output, gen_error, prompt_tokens, output_tokens, generated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'generated', ?, ?, ?, ?, ?)",
            (sample_id, task_id, task_version, variant, arm, json.dumps(factors, sort_keys=True), seed,
             json.dumps(params, sort_keys=True), output, gen_error, prompt_tokens, output_tokens, time.time()),
        )

    def record_scan(self, sample_id: str, verdict: str, record: dict) -> None:
        self._write("UPDATE samples SET status = 'scanned', verdict = ?, record = ?, scanned_at = ? WHERE sample_id = ?",
                    (verdict, json.dumps(record, sort_keys=True), time.time(), sample_id))

    def generated(self, sample_id: str) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM samples WHERE sample_id = ?", (sample_id,)).fetchone()

    def outcomes(self, variant: str) -> list[tuple[str, int, str | None, bool]]:
        """(task, seed, verdict, drifted) of every sample of one context variant."""
        rows = self.db.execute("SELECT task_id, seed, verdict, record FROM samples WHERE variant = ?", (variant,))
        return [(r["task_id"], r["seed"], r["verdict"], bool(r["record"] and json.loads(r["record"]).get("drifted")))
                for r in rows]

    def samples(self) -> Iterator[dict]:
        """Every sample as a plain dict, in the order they were generated."""
        for row in self.db.execute("SELECT * FROM samples ORDER BY generated_at, sample_id"):
            item = dict(row)
            item["factors"] = json.loads(item["factors"])
            item["params"] = json.loads(item["params"])
            item["record"] = json.loads(item["record"]) if item["record"] else None
            yield item

    def _write(self, sql: str, args: tuple) -> None:
        try:
            with self.db:
                self.db.execute(sql, args)
        except sqlite3.OperationalError as exc:
            if "full" in str(exc).lower():
                raise SuiteError(f"{self.path}: disk full; the samples recorded so far are kept, "
                                 "free some space and rerun with --resume") from exc
            raise SuiteError(f"{self.path}: cannot write the run store: {exc}") from exc
