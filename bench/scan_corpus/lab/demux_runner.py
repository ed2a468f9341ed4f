"""Run BCL Convert for a finished sequencing run.

Invoked by the orchestrator with the run folder and the sample sheet exported
from the LIMS for that run.
"""
import argparse
import logging
import shutil
import subprocess
import sys
from pathlib import Path

log = logging.getLogger("demux")

BCL_CONVERT = shutil.which("bcl-convert") or "/opt/illumina/bin/bcl-convert"


def build_command(run_dir: Path, sample_sheet: Path, out_dir: Path, threads: int) -> list[str]:
    return [
        BCL_CONVERT,
        "--bcl-input-directory", str(run_dir),
        "--output-directory", str(out_dir),
        "--sample-sheet", str(sample_sheet),
        "--bcl-num-conversion-threads", str(threads),
        "--force",
    ]


def run_demux(run_dir: Path, sample_sheet: Path, out_dir: Path, threads: int = 8) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    cmd = build_command(run_dir, sample_sheet, out_dir, threads)
    log.info("running %s", " ".join(cmd))
    with open(out_dir / "bcl-convert.log", "w") as logf:
        proc = subprocess.run(cmd, stdout=logf, stderr=subprocess.STDOUT, check=False)
    return proc.returncode


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("run_dir", type=Path)
    ap.add_argument("sample_sheet", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--threads", type=int, default=8)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    return run_demux(args.run_dir, args.sample_sheet, args.out, args.threads)


if __name__ == "__main__":
    sys.exit(main())
