"""Sends queued cutting jobs to the bridge saw and CNC router.

Jobs are queued from the workshop planner with the name of the uploaded
G-code program; this worker picks them up and streams them to the machine
controller through the vendor's command-line sender.
"""
from __future__ import annotations

import logging
import os
import subprocess
import time
from dataclasses import dataclass

import redis

log = logging.getLogger(__name__)

PROGRAM_DIR = os.environ.get("CNC_PROGRAM_DIR", "/srv/cnc/programs")
QUEUE_KEY = "cnc:jobs"


@dataclass
class CutJob:
    job_id: str
    machine: str
    program_name: str
    feed_override: int = 100

    @classmethod
    def from_mapping(cls, data: dict) -> "CutJob":
        return cls(
            job_id=data["job_id"],
            machine=data["machine"],
            program_name=data["program_name"],
            feed_override=int(data.get("feed_override", 100)),
        )


MACHINE_PORTS = {
    "bridge-saw": "/dev/ttyUSB0",
    "router-1": "/dev/ttyUSB1",
}


def program_path(name: str) -> str:
    root = os.path.realpath(PROGRAM_DIR)
    path = os.path.realpath(os.path.join(root, name))
    if os.path.commonpath([root, path]) != root:
        raise ValueError(f"program outside {root}: {name!r}")
    return path


def send_to_machine(job: CutJob) -> int:
    port = MACHINE_PORTS[job.machine]
    program = program_path(job.program_name)
    cmd = f"gcode-sender --port {port} --feed {job.feed_override} {program}"
    log.info("job %s -> %s", job.job_id, job.machine)
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        log.error("job %s failed: %s", job.job_id, result.stderr.strip())
    return result.returncode


def run_worker(r: redis.Redis) -> None:
    while True:
        item = r.blpop(QUEUE_KEY, timeout=30)
        if item is None:
            continue
        _, raw = item
        job = CutJob.from_mapping(redis_hash_to_dict(r, raw.decode()))
        code = send_to_machine(job)
        r.hset(f"cnc:job:{job.job_id}", mapping={"exit_code": code, "finished": int(time.time())})


def redis_hash_to_dict(r: redis.Redis, job_id: str) -> dict:
    raw = r.hgetall(f"cnc:job:{job_id}")
    return {k.decode(): v.decode() for k, v in raw.items()}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_worker(redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0")))
