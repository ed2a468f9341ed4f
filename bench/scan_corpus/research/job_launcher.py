"""Launch sbatch for jobs coming from the portal's submission queue."""
from __future__ import annotations

import logging
import shlex
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

SBATCH = "/usr/bin/sbatch"


def sbatch_argv(name: str, account: str, partition: str, walltime: str, script: Path) -> list[str]:
    return [
        SBATCH,
        "--parsable",
        f"--job-name={name}",
        f"--account={account}",
        f"--partition={partition}",
        f"--time={walltime}",
        "--",
        str(script),
    ]


def launch(name: str, account: str, partition: str, walltime: str, script: Path) -> int:
    argv = sbatch_argv(name, account, partition, walltime, script)
    log.info("running %s", shlex.join(argv))
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"sbatch exited {proc.returncode}: {proc.stderr.strip()}")
    return int(proc.stdout.split(";", 1)[0])


def cancel(job_id: int) -> None:
    subprocess.run(["/usr/bin/scancel", str(int(job_id))], check=True, timeout=30)
