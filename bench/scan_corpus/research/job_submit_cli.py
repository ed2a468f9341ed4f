"""Submit a batch job on behalf of a portal user.

The portal's job form posts a validated spec (name, account, partition,
resources) which the worker turns into an sbatch call on the login node.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PARTITIONS = {"standard", "gpu", "highmem", "debug"}
WALLTIME_RE = re.compile(r"^\d{1,2}-\d{2}:\d{2}:\d{2}$|^\d{1,3}:\d{2}:\d{2}$")


@dataclass
class JobSpec:
    name: str
    account: str
    partition: str
    nodes: int
    walltime: str
    script: Path

    @classmethod
    def from_json(cls, path: Path) -> "JobSpec":
        data = json.loads(path.read_text(encoding="utf-8"))
        spec = cls(
            name=data["name"],
            account=data["account"],
            partition=data.get("partition", "standard"),
            nodes=int(data.get("nodes", 1)),
            walltime=data.get("walltime", "01:00:00"),
            script=Path(data["script"]),
        )
        spec.validate()
        return spec

    def validate(self) -> None:
        if self.partition not in PARTITIONS:
            raise ValueError(f"unknown partition {self.partition!r}")
        if not WALLTIME_RE.match(self.walltime):
            raise ValueError(f"invalid walltime {self.walltime!r}")
        if not 1 <= self.nodes <= 64:
            raise ValueError("nodes must be between 1 and 64")
        if not self.script.is_file():
            raise FileNotFoundError(self.script)


def submit(spec: JobSpec) -> int:
    cmd = (
        f"sbatch --parsable --job-name={spec.name} --account={spec.account} "
        f"--partition={spec.partition} --nodes={spec.nodes} --time={spec.walltime} {spec.script}"
    )
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        raise RuntimeError(f"sbatch failed: {result.stderr.strip()}")
    return int(result.stdout.strip().split(";")[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path, help="job spec JSON written by the portal")
    args = parser.parse_args(argv)
    try:
        job_id = submit(JobSpec.from_json(args.spec))
    except (ValueError, FileNotFoundError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(job_id)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
