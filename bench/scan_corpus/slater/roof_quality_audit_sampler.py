"""Pick completed roofs for the monthly quality audit.

The contracts manager revisits a sample of finished jobs each month to
check slate gauge, nail pattern, lead flashings and tidy-up. Larger crews
get proportionally more visits.
"""
import csv
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Dict, List


@dataclass(frozen=True)
class CompletedJob:
    job_ref: str
    crew: str
    postcode: str
    completed: date
    roof_type: str


def load_jobs(path: str, month: str) -> List[CompletedJob]:
    jobs = []
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if not row["completed"].startswith(month):
                continue
            jobs.append(CompletedJob(row["job_ref"], row["crew"], row["postcode"],
                                     date.fromisoformat(row["completed"]), row["roof_type"]))
    return jobs


def choose_audits(jobs: List[CompletedJob], rate: float = 0.1,
                  minimum_per_crew: int = 1) -> List[CompletedJob]:
    by_crew: Dict[str, List[CompletedJob]] = defaultdict(list)
    for job in jobs:
        by_crew[job.crew].append(job)
    chosen: List[CompletedJob] = []
    for crew, crew_jobs in sorted(by_crew.items()):
        k = max(minimum_per_crew, round(len(crew_jobs) * rate))
        chosen.extend(random.sample(crew_jobs, min(k, len(crew_jobs))))
    return sorted(chosen, key=lambda j: (j.postcode, j.completed))


def main(argv: List[str]) -> int:
    if len(argv) != 3:
        print("usage: roof_quality_audit_sampler.py JOBS.csv YYYY-MM", file=sys.stderr)
        return 2
    jobs = load_jobs(argv[1], argv[2])
    writer = csv.writer(sys.stdout)
    writer.writerow(["job_ref", "crew", "postcode", "completed", "roof_type"])
    for job in choose_audits(jobs):
        writer.writerow([job.job_ref, job.crew, job.postcode,
                         job.completed.isoformat(), job.roof_type])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
