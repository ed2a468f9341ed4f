"""Nightly job that copies aggregated tag data from the process historian into the data lake."""
import logging
import os
from datetime import datetime, timedelta

import pyodbc

log = logging.getLogger("historian_sync")

TAGS_FILE = os.environ.get("HISTORIAN_TAGS", "/etc/historian_sync/tags.txt")


def load_tags() -> list[str]:
    with open(TAGS_FILE, encoding="utf-8") as fh:
        return [t.strip() for t in fh if t.strip() and not t.startswith("#")]


def connect():
    server = os.environ["HISTORIAN_HOST"]
    user = os.environ["HISTORIAN_USER"]
    password = os.environ["HISTORIAN_PASSWORD"]
    log.info("Connecting to historian %s as %s with password %s", server, user, password)
    return pyodbc.connect(
        f"DRIVER={{ODBC Driver 18 for SQL Server}};SERVER={server};UID={user};PWD={password};Encrypt=yes"
    )


def export_day(day: datetime, out_dir: str) -> str:
    conn = connect()
    cur = conn.cursor()
    start, end = day, day + timedelta(days=1)
    path = os.path.join(out_dir, f"tags_{day:%Y%m%d}.csv")
    with open(path, "w", encoding="utf-8") as out:
        for tag in load_tags():
            cur.execute(
                "SELECT TagName, DateTime, Value FROM History WHERE TagName = ? AND DateTime >= ? AND DateTime < ?",
                tag, start, end,
            )
            for name, ts, value in cur.fetchall():
                out.write(f"{name},{ts.isoformat()},{value}\n")
    conn.close()
    log.info("exported %s", path)
    return path
