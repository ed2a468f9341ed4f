"""Queries over the scanned-originals archive index.

The index is a SQLite file shipped with each archive volume so that a
volume can be browsed offline in the reading room.
"""
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Sequence


@contextmanager
def open_index(volume_dir: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"file:{volume_dir / 'index.sqlite'}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        yield conn
    finally:
        conn.close()


def _placeholders(n: int) -> str:
    return ",".join("?" * n)


def scans_by_ids(conn: sqlite3.Connection, scan_ids: Sequence[int]) -> list[sqlite3.Row]:
    if not scan_ids:
        return []
    sql = (
        "SELECT id, box, folder, page_count, document_type, original_date "
        f"FROM scans WHERE id IN ({_placeholders(len(scan_ids))}) ORDER BY box, folder"
    )
    return conn.execute(sql, [int(i) for i in scan_ids]).fetchall()


def scans_for_parties(conn: sqlite3.Connection, names: Iterable[str]) -> list[sqlite3.Row]:
    wanted = sorted({n.strip().lower() for n in names if n.strip()})
    if not wanted:
        return []
    sql = (
        "SELECT DISTINCT s.id, s.box, s.folder, s.document_type "
        "FROM scans s JOIN scan_parties p ON p.scan_id = s.id "
        f"WHERE lower(p.name) IN ({_placeholders(len(wanted))})"
    )
    return conn.execute(sql, wanted).fetchall()


def box_summary(conn: sqlite3.Connection, box: str) -> dict:
    row = conn.execute(
        "SELECT count(*) AS scans, sum(page_count) AS pages FROM scans WHERE box = ?", (box,)
    ).fetchone()
    return {"box": box, "scans": row["scans"], "pages": row["pages"] or 0}


if __name__ == "__main__":
    import sys

    with open_index(Path(sys.argv[1])) as db:
        for r in scans_by_ids(db, [int(x) for x in sys.argv[2:]]):
            print(dict(r))
