"""Submit training jobs to the Slurm cluster from the launcher service.

The launcher API accepts a job request (name, partition, GPU count, entry
script) from the web UI and hands it to sbatch on the login node.
"""
from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

_JOB_ID = re.compile(rb"Submitted batch job (\d+)")


@dataclass
class JobRequest:
    name: str
    partition: str
    gpus: int
    script: str
    extra_env: dict[str, str] = field(default_factory=dict)


def _sbatch_line(req: JobRequest) -> str:
    exports = ",".join(["ALL"] + [f"{k}={v}" for k, v in req.extra_env.items()])
    return (
        f"sbatch --job-name={req.name} --partition={req.partition} "
        f"--gres=gpu:{req.gpus} --export={exports} {req.script}"
    )


async def submit(req: JobRequest, timeout: float = 30.0) -> int:
    proc = await asyncio.create_subprocess_shell(
        _sbatch_line(req),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"sbatch failed ({proc.returncode}): {err.decode().strip()}")
    match = _JOB_ID.search(out)
    if not match:
        raise RuntimeError(f"unexpected sbatch output: {out!r}")
    job_id = int(match.group(1))
    log.info("submitted %s as slurm job %d", req.name, job_id)
    return job_id
