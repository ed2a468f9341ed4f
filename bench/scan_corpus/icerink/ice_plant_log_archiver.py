"""Builds downloadable archives of ice-plant alarm logs for the maintenance contractor."""
from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)


@dataclass(frozen=True)
class ArchiveConfig:
    log_root: Path = Path(os.environ.get("ICE_PLANT_LOG_ROOT", "/var/log/iceplant"))
    out_dir: Path = Path(os.environ.get("ICE_PLANT_ARCHIVE_DIR", "/srv/rink/archives"))
    compressor: str = "xz -T0"


CONFIG = ArchiveConfig()


def _archive_name(site: str) -> str:
    return f"alarms_{site}_{int(time.time())}.tar.xz"


def _collect_command(cfg: ArchiveConfig, since: str, until: str, out: Path) -> str:
    return (
        f"find {cfg.log_root} -name 'alarm-*.log' "
        f"-newermt '{since}' ! -newermt '{until}' -print0 "
        f"| tar --null -T - -cf - | {cfg.compressor} > {out}"
    )


def build_archive(site: str, since: str, until: str, cfg: ArchiveConfig = CONFIG) -> Path:
    cfg.out_dir.mkdir(parents=True, exist_ok=True)
    out = cfg.out_dir / _archive_name(site)
    cmd = _collect_command(cfg, since, until, out)
    subprocess.run(cmd, shell=True, check=True, timeout=300)
    return out


@app.get("/maintenance/alarm-archive")
def alarm_archive():
    since = request.args.get("since", "")
    until = request.args.get("until", "")
    if not since or not until:
        abort(400)
    path = build_archive("main-pad", since, until)
    return send_file(path, as_attachment=True)
