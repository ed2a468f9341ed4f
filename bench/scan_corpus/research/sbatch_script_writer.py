"""Render batch scripts from portal templates and hand them to sbatch.

The portal's "quick job" form lets users pick an application template
(GROMACS, ORCA, R, a notebook) and fill in a few fields; this module renders
the script into the spool directory and submits it.
"""
from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path
from string import Template

SPOOL_DIR = Path(os.environ.get("PORTAL_SPOOL_DIR", "/var/spool/hpc-portal"))
FIELD_RE = re.compile(r"^[\w.:/-]{1,200}$")

HEADER = Template(
    """#!/bin/bash
#SBATCH --job-name=$job_name
#SBATCH --account=$account
#SBATCH --partition=$partition
#SBATCH --time=$walltime
#SBATCH --output=$workdir/slurm-%j.out
set -euo pipefail
cd "$workdir"
"""
)

APP_BODIES = {
    "gromacs": "module load gromacs/2024.2\nsrun gmx_mpi mdrun -deffnm md\n",
    "orca": "module load orca/6.0\n$$(which orca) input.inp > output.log\n",
    "r": "module load R/4.4\nRscript analysis.R\n",
}


def render(app: str, fields: dict[str, str]) -> str:
    if app not in APP_BODIES:
        raise KeyError(f"no template for application {app!r}")
    for key, value in fields.items():
        if not FIELD_RE.match(value):
            raise ValueError(f"field {key!r} contains unsupported characters")
    return HEADER.substitute(fields) + Template(APP_BODIES[app]).substitute(fields)


def write_script(text: str) -> Path:
    SPOOL_DIR.mkdir(parents=True, exist_ok=True)
    path = tempfile.mktemp(prefix="job_", suffix=".sbatch", dir=SPOOL_DIR)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(path, 0o640)
    return Path(path)


def submit(app: str, fields: dict[str, str], run_as: str) -> int:
    script = write_script(render(app, fields))
    try:
        out = subprocess.run(
            ["sudo", "-n", "-u", run_as, "sbatch", "--parsable", str(script)],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
    finally:
        script.unlink(missing_ok=True)
    return int(out.stdout.split(";")[0])
