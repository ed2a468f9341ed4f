"""Checks a job's cutting list against the approved drawing revision.

Before a job is released to the CNC queue the foreman runs this to make
sure nothing was nested from a superseded drawing.
"""
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

APPROVALS_FILE = "approved.json"


@dataclass
class Mismatch:
    part: str
    reason: str


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_approved(job_dir: Path) -> dict:
    with (job_dir / APPROVALS_FILE).open() as fh:
        return json.load(fh)


def check_job(job_dir: Path) -> list[Mismatch]:
    approved = load_approved(job_dir)
    approved_rev = approved["revision"]
    problems: list[Mismatch] = []

    drawing = job_dir / "drawings" / approved["drawing_file"]
    if sha256_of(drawing) != approved["drawing_sha256"]:
        problems.append(Mismatch(drawing.name, "drawing changed since approval"))

    cutting_list = json.loads((job_dir / "cutting_list.json").read_text())
    for part in cutting_list["parts"]:
        if part["drawing_revision"] != approved_rev:
            problems.append(
                Mismatch(part["name"], f"nested from rev {part['drawing_revision']}, approved rev {approved_rev}")
            )
        if part.get("status") == "on_hold":
            problems.append(Mismatch(part["name"], "part on hold"))
    return problems


def main(argv: list[str]) -> int:
    job_dir = Path(argv[1]) if len(argv) > 1 else Path.cwd()
    problems = check_job(job_dir)
    if not problems:
        print(f"{job_dir.name}: all parts match the approved revision")
        return 0
    for p in problems:
        print(f"{job_dir.name}: {p.part}: {p.reason}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
