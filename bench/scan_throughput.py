"""Differential scanning throughput: the suite's batched scanner against one semgrep plus one bandit
process per sample, on the same before/after pairs built from the tasks' reference solutions.

Each pair's after-files carry a unique revision comment, as sampled answers differ from each other,
so deduplication of identical answers cannot flatter the batched rate. The naive way is timed on a
subset (it is the same per-sample work every time); rates are samples per second. The batched scan
is also timed without the regex cache preloaded into semgrep (scanners/regex_cache.c), runs taking
turns. Prints the rates, then one JSON line.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scanners import EditPair, scan_pairs  # noqa: E402
from scanners.bandit import run_bandit  # noqa: E402
from scanners.semgrep import regex_cache, run_semgrep  # noqa: E402
from suite.pipeline import PlannedSample, apply_answer, prepare_variant  # noqa: E402
from tasks import discover_tasks, render_solution  # noqa: E402
from trigger_search.context import control_context  # noqa: E402


def build_pairs(n: int, work: Path, salt: str = "") -> list[EditPair]:
    control = control_context()
    base: list[EditPair] = []
    for task in discover_tasks():
        variant = prepare_variant(task, control, "control", work)
        for sol in task.spec.solutions:
            applied = apply_answer(PlannedSample(f"{task.id}/{sol.file}", variant, 0, 0),
                                   render_solution(task, sol.file, control), None, work)
            if applied.pair is not None:
                base.append(applied.pair)
    pairs = []
    for i in range(n):
        src = base[i % len(base)]
        after = {p: (t + f"\n# rev {salt}{i}\n" if t is not None and p.endswith(".py") else t) for p, t in src.after.items()}
        pairs.append(EditPair(f"s{i}", src.before, after, src.scope, src.known_hosts))
    return pairs


def naive_scan(pair: EditPair, work: Path) -> None:
    """What a tool without batching does: a fresh semgrep and bandit process for this one sample."""
    root = work / pair.key
    for side, files in (("before", pair.before), ("after", pair.after)):
        for rel, text in files.items():
            if text is not None:
                target = root / side / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text)
    run_semgrep(root, jobs=1)  # the same semgrep invocation and rules as the batched scan, one process
    run_bandit(root)
    shutil.rmtree(root)


def codeshield_rate(pairs: list[EditPair]) -> float | None:
    """CodeShield's scan_code on the same after-files, when it is installed (it is not a dependency)."""
    if importlib.util.find_spec("codeshield") is None:
        return None
    import asyncio

    from codeshield.cs import CodeShield

    start = time.perf_counter()
    for pair in pairs:
        for text in pair.after.values():
            if text:
                asyncio.run(CodeShield.scan_code(text))
    return len(pairs) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--naive-samples", type=int, default=12)
    parser.add_argument("--repeats", type=int, default=3, help="batched runs; the median is reported")
    args = parser.parse_args()
    cache = regex_cache()
    with tempfile.TemporaryDirectory(prefix="bench-scan-") as tmp:
        work = Path(tmp)
        times: dict[bool, list[float]] = {True: [], False: []}
        for repeat in range(args.repeats):
            # with and without semgrep's regex cache in turn, so both see the same phases of the machine
            for cached in (True, False) if cache else (False,):
                # new after-texts each time: nothing parsed or scanned in an earlier repeat is reused
                pairs = build_pairs(args.samples, work / f"repos-{repeat}-{cached}", salt=f"{repeat}.{cached}.")
                os.environ["SUITE_SEMGREP_REGEX_CACHE"] = "1" if cached else "0"
                start = time.perf_counter()
                results = scan_pairs(pairs)
                times[cached].append(time.perf_counter() - start)
                failed = [k for k, r in results.items() if r.unscanned]
                if failed:
                    raise SystemExit(f"{len(failed)} samples unscanned: {results[failed[0]].errors}")
        os.environ.pop("SUITE_SEMGREP_REGEX_CACHE")
        rates = {cached: len(pairs) / statistics.median(ts) for cached, ts in times.items() if ts}
        batched_rate = rates[bool(cache)]
        for cached, ts in times.items():
            if ts:
                label = "batched differential scan" + ("" if cached else " without semgrep's regex cache")
                print(f"{label}: {len(pairs)} samples in {statistics.median(ts):.1f}s = {rates[cached]:.1f} samples/s "
                      f"(median of {args.repeats}: {', '.join(f'{t:.1f}s' for t in ts)})")
        if not cache:
            print("semgrep's regex cache is not built here (no C compiler when the package was installed)")
        subset = pairs[: args.naive_samples]
        start = time.perf_counter()
        for pair in subset:
            naive_scan(pair, work / "naive")
        naive_rate = len(subset) / (time.perf_counter() - start)
        print(f"one semgrep + one bandit per sample: {len(subset)} samples at {naive_rate:.2f} samples/s")
        cs = codeshield_rate(subset)
        print("CodeShield scan_code: " + (f"{cs:.2f} samples/s" if cs else "not installed (pip install codeshield)"))
    print(json.dumps({"bench": "scan_throughput", "ratio": round(batched_rate / naive_rate, 1),
                      "samples_per_s": round(batched_rate, 1), "naive_samples_per_s": round(naive_rate, 2),
                      "samples_per_s_without_regex_cache": round(rates[False], 1), "samples": len(pairs)}))


if __name__ == "__main__":
    main()
