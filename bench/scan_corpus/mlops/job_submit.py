"""Submit training jobs to Slurm on behalf of the launcher API."""
from __future__ import annotations

import asyncio
import logging
import re
import shlex
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

_JOB_ID = re.compile(rb"Submitted batch job (\d+)")
_ENV_KEY = re.compile(r"^[A-Z_][A-Z0-9_]*$")


@dataclass
class JobRequest:
    name: str
    partition: str
    gpus: int
    script: str
    extra_env: dict[str, str] = field(default_factory=dict)


def sbatch_argv(req: JobRequest) -> list[str]:
    if req.script.startswith("-"):
        raise ValueError("script path must not start with '-'")
    for key in req.extra_env:
        if not _ENV_KEY.match(key):
            raise ValueError(f"invalid environment variable name: {key!r}")
    exports = ",".join(["ALL"] + [f"{k}={v}" for k, v in req.extra_env.items()])
    return [
        "sbatch",
        f"--job-name={req.name}",
        f"--partition={req.partition}",
        f"--gres=gpu:{int(req.gpus)}",
        f"--export={exports}",
        req.script,
    ]


async def submit(req: JobRequest, timeout: float = 30.0) -> int:
    argv = sbatch_argv(req)
    log.debug("running %s", shlex.join(argv[:4] + argv[-1:]))
    proc = await asyncio.create_subprocess_exec(
        *argv,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"sbatch failed ({proc.returncode}): {err.decode().strip()}")
    match = _JOB_ID.search(out)
    if not match:
        raise RuntimeError(f"unexpected sbatch output: {out!r}")
    return int(match.group(1))
