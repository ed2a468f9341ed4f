"""Picks payslips for the manual pre-release QA check.

Reviewers check a sample of payslips from every run before it is released.
The sample is seeded with the run id so that a re-run of the job, or an
auditor reproducing the check later, gets exactly the same selection.
"""
import argparse
import csv
import random
from pathlib import Path

MIN_SAMPLE = 10
SAMPLE_RATE = 0.02


def choose_sample(payslip_ids: list[str], run_id: str) -> list[str]:
    size = min(len(payslip_ids), max(MIN_SAMPLE, int(len(payslip_ids) * SAMPLE_RATE)))
    rng = random.Random(run_id)
    return sorted(rng.sample(sorted(payslip_ids), size))


def load_run(register: Path) -> list[str]:
    with register.open(newline="") as fh:
        return [row["payslip_id"] for row in csv.DictReader(fh)]


def main() -> None:
    parser = argparse.ArgumentParser(description="select payslips for QA review")
    parser.add_argument("run_id")
    parser.add_argument("register", type=Path, help="payslip register CSV for the run")
    parser.add_argument("--out", type=Path, default=Path("qa_sample.csv"))
    args = parser.parse_args()

    sample = choose_sample(load_run(args.register), args.run_id)
    with args.out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["run_id", "payslip_id"])
        writer.writerows([args.run_id, pid] for pid in sample)
    print(f"{len(sample)} payslips selected for run {args.run_id}")


if __name__ == "__main__":
    main()
