"""Worker that runs the canonical GTFS validator on partner feed uploads.

Partner operators upload timetable feeds through the data portal. The portal
stores the zip and enqueues a job carrying the upload id and the country
the partner selected on the form; this worker picks the job up, runs the
validator and stores the JSON report next to the feed.
"""
import asyncio
import json
import logging
import os
from pathlib import Path

from .queue import JobQueue

log = logging.getLogger("gtfs.validate")

VALIDATOR_JAR = os.environ.get("GTFS_VALIDATOR_JAR", "/opt/gtfs-validator/validator-cli.jar")
FEED_STORE = Path(os.environ.get("FEED_STORE", "/var/lib/portal/feeds"))
JAVA_OPTS = "-Xmx2g"


def _command(feed_path: Path, out_dir: Path, country: str, threads: int = 4) -> str:
    parts = [
        "java", JAVA_OPTS, "-jar", VALIDATOR_JAR,
        "--input", str(feed_path),
        "--output_base", str(out_dir),
        "--country_code", country,
        "--threads", str(threads),
    ]
    return " ".join(parts)


async def run_validation(job: dict) -> dict:
    feed_path = FEED_STORE / f"{job['upload_id']}.zip"
    out_dir = FEED_STORE / "reports" / job["upload_id"]
    out_dir.mkdir(parents=True, exist_ok=True)

    cmd = _command(feed_path, out_dir, job.get("country_code", "gb"))
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        log.error("validator failed for %s: %s", job["upload_id"], stderr.decode(errors="replace")[-2000:])
        return {"upload_id": job["upload_id"], "status": "error"}

    report = json.loads((out_dir / "report.json").read_text())
    notices = report.get("notices", [])
    errors = sum(1 for n in notices if n.get("severity") == "ERROR")
    return {"upload_id": job["upload_id"], "status": "done", "errors": errors}


async def main() -> None:
    queue = JobQueue.from_env("gtfs-validate")
    async for job in queue.consume():
        result = await run_validation(job)
        await queue.ack(job, result)


if __name__ == "__main__":
    asyncio.run(main())
