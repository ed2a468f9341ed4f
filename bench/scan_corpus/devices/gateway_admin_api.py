"""Local admin API served by the gateway on the LAN (setup app + support)."""
import hmac
import os
import shutil
import time
from pathlib import Path

from fastapi import Depends, FastAPI, Header, HTTPException, Query
from fastapi.responses import FileResponse

LOG_DIR = Path(os.environ.get("GATEWAY_LOG_DIR", "/var/log/gateway"))
DATA_DIR = Path(os.environ.get("GATEWAY_DATA_DIR", "/var/lib/gateway"))
STARTED = time.time()

app = FastAPI(title="Gateway admin", docs_url=None, redoc_url=None)


def require_admin(x_admin_token: str = Header(...)) -> None:
    expected = os.environ["GATEWAY_ADMIN_TOKEN"]
    if not hmac.compare_digest(x_admin_token.encode(), expected.encode()):
        raise HTTPException(status_code=401)


@app.get("/status")
def status() -> dict:
    usage = shutil.disk_usage(DATA_DIR)
    return {
        "uptime_s": int(time.time() - STARTED),
        "disk_free_mb": usage.free // (1024 * 1024),
        "firmware": os.environ.get("GATEWAY_FW_VERSION", "unknown"),
    }


@app.get("/logs", dependencies=[Depends(require_admin)])
def list_logs() -> list[str]:
    return sorted(p.name for p in LOG_DIR.glob("*.log*"))


@app.get("/logs/download", dependencies=[Depends(require_admin)])
def download_log(name: str = Query(..., min_length=1)):
    path = os.path.join(LOG_DIR, name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type="text/plain", filename=os.path.basename(path))


@app.post("/logs/rotate", dependencies=[Depends(require_admin)])
def rotate_logs() -> dict:
    rotated = 0
    for log_file in LOG_DIR.glob("*.log"):
        log_file.rename(log_file.with_suffix(f".log.{int(time.time())}"))
        rotated += 1
    return {"rotated": rotated}
