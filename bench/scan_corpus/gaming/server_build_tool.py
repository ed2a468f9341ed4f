"""Build helper for dedicated server images.

Pulls the server depot with steamcmd, stages the requested mods and writes
a tarball that the fleet manager can push to hosts.
"""
import argparse
import re
import shutil
import subprocess
from pathlib import Path

STEAMCMD = shutil.which("steamcmd") or "/usr/games/steamcmd"
BRANCH_RE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def run(cmd: list[str], cwd: Path | None = None) -> None:
    print("+", " ".join(cmd))
    subprocess.run(cmd, cwd=cwd, check=True)


def fetch_depot(app_id: int, branch: str, dest: Path) -> None:
    if not BRANCH_RE.match(branch):
        raise SystemExit(f"invalid branch name: {branch!r}")
    run([
        STEAMCMD,
        "+force_install_dir", str(dest),
        "+login", "anonymous",
        "+app_update", str(app_id), "-beta", branch, "validate",
        "+quit",
    ])


def package(stage: Path, out: Path) -> None:
    run(["tar", "--zstd", "-cf", str(out), "-C", str(stage), "."])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--app-id", type=int, required=True)
    ap.add_argument("--branch", default="public")
    ap.add_argument("--mods", type=Path, nargs="*", default=[])
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()

    stage = args.out.parent / f"stage-{args.app_id}-{args.branch}"
    stage.mkdir(parents=True, exist_ok=True)
    fetch_depot(args.app_id, args.branch, stage)
    for mod in args.mods:
        shutil.copytree(mod, stage / "mods" / mod.name, dirs_exist_ok=True)
    package(stage, args.out)


if __name__ == "__main__":
    main()
