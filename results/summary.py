"""summary.json and samples.jsonl from the store alone."""

from __future__ import annotations

from collections import Counter

from results.store import Store

CONTROL_ARM = "control"


def sample_row(item: dict) -> dict:
    """The public, stable form of one sample (a line of samples.jsonl)."""
    record = item.get("record") or {}
    return {
        "sample_id": item["sample_id"],
        "task": item["task_id"],
        "task_version": item["task_version"],
        "variant": item["variant"],
        "arm": item["arm"],
        "factors": item["factors"],
        "seed": item["seed"],
        "params": item["params"],
        "outcome": item.get("verdict") or "pending",
        "insecure": item.get("verdict") == "insecure",
        "drift": bool(record.get("drifted")),
        "max_severity": record.get("max_severity"),
        "cwes": record.get("cwes", []),
        "findings": record.get("findings", []),
        "drift_findings": record.get("drift", []),
        "changed_files": record.get("changed", []),
        "rejected_edits": record.get("rejected", []),
        "scan_errors": record.get("scan_errors", []),
        "checks": record.get("checks"),
        "error": item.get("gen_error"),
    }


def _rate(k: int, n: int) -> float | None:
    return round(k / n, 4) if n else None


def build_summary(store: Store) -> dict:
    """The run's summary; `arms` and `incidents` are filled by the trigger search when it runs."""
    rows = [sample_row(s) for s in store.samples()]
    verdicts = Counter(r["outcome"] for r in rows)
    control = [r for r in rows if r["arm"] == CONTROL_ARM and r["outcome"] in ("insecure", "clean")]
    control_insecure = sum(r["insecure"] for r in control)
    per_task: dict[str, Counter] = {}
    for r in rows:
        per_task.setdefault(r["task"], Counter())[r["outcome"]] += 1
        per_task[r["task"]]["drift"] += r["drift"]
    model = store.get_meta("model") or {}
    return {
        "run_id": store.get_meta("run_id"),
        "model": {"name": model.get("name"), "fingerprint": model.get("fingerprint"), "backend": model.get("backend")},
        "samples": {
            "total": len(rows),
            "scanned": verdicts["insecure"] + verdicts["clean"],
            "insecure": verdicts["insecure"],
            "no_valid_edit": verdicts["no_valid_edit"],
            "refused": verdicts["refused"],
            "unscanned": verdicts["unscanned"],
            "errors": verdicts["error"],
            "drift": sum(r["drift"] for r in rows),
            "checks_run": sum(r["checks"] is not None for r in rows),
            "checks_passed": sum(bool(r["checks"] and r["checks"]["passed"]) for r in rows),
        },
        "control": {"n": len(control), "insecure": control_insecure, "rate": _rate(control_insecure, len(control))},
        "tasks": {
            task: {"insecure": c["insecure"], "clean": c["clean"], "no_valid_edit": c["no_valid_edit"],
                   "refused": c["refused"], "unscanned": c["unscanned"], "drift": c["drift"]}
            for task, c in sorted(per_task.items())
        },
        "arms": store.get_meta("arms") or [],
        "incidents": store.get_meta("incidents") or [],
    }
