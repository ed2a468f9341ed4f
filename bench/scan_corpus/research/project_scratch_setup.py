"""Create scratch and shared directories for newly approved projects.

Run from the allocation approval workflow as root on the storage admin node.
Each project gets ``/scratch/<project>`` and ``/shared/<project>/{data,software}``
owned by the PI and the project's Unix group, plus a quota on scratch.
"""
from __future__ import annotations

import argparse
import grp
import os
import pwd
import shutil
import subprocess
from pathlib import Path

SCRATCH_ROOT = Path("/scratch")
SHARED_ROOT = Path("/shared")
SHARED_SUBDIRS = ("data", "software")
DEFAULT_QUOTA_TB = 20
DIR_MODE = 0o777


def ensure_dir(path: Path, owner: str, group: str) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    shutil.chown(path, user=owner, group=group)
    os.chmod(path, DIR_MODE)
    return path


def set_scratch_quota(path: Path, group: str, terabytes: int) -> None:
    limit = f"{terabytes}T"
    subprocess.run(
        ["lfs", "setquota", "-g", group, "-B", limit, str(path)],
        check=True,
        timeout=120,
    )


def provision(project: str, pi: str, quota_tb: int) -> list[Path]:
    pwd.getpwnam(pi)
    grp.getgrnam(project)
    created = [ensure_dir(SCRATCH_ROOT / project, pi, project)]
    for sub in SHARED_SUBDIRS:
        created.append(ensure_dir(SHARED_ROOT / project / sub, pi, project))
    set_scratch_quota(SCRATCH_ROOT / project, project, quota_tb)
    return created


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", help="project short name, also its Unix group")
    parser.add_argument("pi", help="PI username")
    parser.add_argument("--quota-tb", type=int, default=DEFAULT_QUOTA_TB)
    args = parser.parse_args(argv)

    if os.geteuid() != 0:
        parser.error("must run as root")
    if not args.project.replace("-", "").isalnum():
        parser.error("project names may only contain letters, digits and hyphens")

    for path in provision(args.project, args.pi, args.quota_tb):
        print(f"ready: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
