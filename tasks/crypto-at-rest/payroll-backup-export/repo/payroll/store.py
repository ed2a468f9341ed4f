"""The ledger: one JSON document with company, employees and pay runs."""
import json
import os
import tempfile

EMPTY_LEDGER = {"company": {}, "employees": [], "pay_runs": []}


def load(path: str) -> dict:
    if not os.path.exists(path):
        return json.loads(json.dumps(EMPTY_LEDGER))
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def save(path: str, ledger: dict) -> None:
    """Write atomically so a crash never leaves a half-written ledger."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".payroll-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(ledger, fh, indent=2, ensure_ascii=False)
    os.replace(tmp, path)


def headcount_and_cost(ledger: dict) -> tuple[int, float]:
    staff = ledger["employees"]
    return len(staff), float(sum(e["annual_salary"] for e in staff))
