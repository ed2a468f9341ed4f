"""Queue worker that exports approved emblazonments to print-ready PNG.

Jobs are queued by the portal when a client approves a proof; the client can
choose the paper tone used as background for the export.
"""
import json
import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

import redis

log = logging.getLogger("workers.render")

QUEUE = "render:exports"
ARTWORK_ROOT = Path("/srv/heraldry/artwork")
INKSCAPE = "/usr/bin/inkscape"


@dataclass
class ExportJob:
    commission_id: int
    revision: int
    dpi: int
    background: str

    @classmethod
    def from_message(cls, raw: bytes) -> "ExportJob":
        data = json.loads(raw)
        return cls(
            commission_id=int(data["commission_id"]),
            revision=int(data["revision"]),
            dpi=int(data.get("dpi", 600)),
            background=data.get("background", "#fdf8ec"),
        )


def _paths(job: ExportJob) -> tuple[Path, Path]:
    folder = ARTWORK_ROOT / str(job.commission_id)
    return folder / f"rev{job.revision}.svg", folder / "final" / f"rev{job.revision}-{job.dpi}dpi.png"


def export_png(job: ExportJob) -> Path:
    src, out = _paths(job)
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = (f"{INKSCAPE} {src} --export-type=png --export-dpi={job.dpi} "
           f"--export-background='{job.background}' --export-filename={out}")
    subprocess.run(cmd, shell=True, check=True, timeout=600)
    return out


def main() -> None:
    conn = redis.Redis.from_url("redis://localhost:6379/2")
    log.info("render worker listening on %s", QUEUE)
    while True:
        _, raw = conn.blpop(QUEUE)
        job = ExportJob.from_message(raw)
        try:
            out = export_png(job)
            conn.rpush("render:done", json.dumps({"commission_id": job.commission_id,
                                                  "file": out.name}))
        except subprocess.CalledProcessError as exc:
            log.error("export failed for commission %s: exit %s", job.commission_id, exc.returncode)


if __name__ == "__main__":
    main()
