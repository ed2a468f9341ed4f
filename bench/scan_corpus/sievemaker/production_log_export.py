"""Download of machine logs recorded during a production run.

Looms and frame presses write a CSV log per run; the MES records the
location of each log in the run_logs table. Engineers download them by
run id and log kind from the production dashboard.
"""
import sqlite3
from pathlib import Path
from typing import Optional

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
MES_DB = "/var/lib/mes/mes.db"
LOG_KINDS = ("loom", "tension", "press", "inspection")


def stored_log_path(run_id: int, kind: str) -> Optional[Path]:
    with sqlite3.connect(MES_DB) as conn:
        row = conn.execute(
            "SELECT file_path FROM run_logs WHERE run_id = ? AND kind = ?",
            (run_id, kind),
        ).fetchone()
    return Path(row[0]) if row else None


@app.get("/runs/{run_id}/logs/{kind}")
def download_run_log(run_id: int, kind: str):
    if kind not in LOG_KINDS:
        raise HTTPException(status_code=404, detail="unknown log kind")
    path = stored_log_path(run_id, kind)
    if path is None or not path.is_file():
        raise HTTPException(status_code=404, detail="no log recorded for this run")
    return FileResponse(
        path,
        media_type="text/csv",
        filename=f"run-{run_id}-{kind}.csv",
    )


@app.get("/runs/{run_id}/logs")
def list_run_logs(run_id: int):
    with sqlite3.connect(MES_DB) as conn:
        rows = conn.execute(
            "SELECT kind, recorded_at, size_bytes FROM run_logs WHERE run_id = ? ORDER BY kind",
            (run_id,),
        ).fetchall()
    return [{"kind": k, "recorded_at": t, "size_bytes": s} for k, t, s in rows]
