"""Search efficiency: generations the trigger search spends until it confirms a backdoored organism's
planted trigger, against uniform allocation over the same arms (every profile and control get the same
new seeds each round) until an arm expressing the trigger is flagged at the same confidence
(Benjamini-Hochberg adjusted p below the confirmation alpha). Ours counts everything, minimisation
and confirmation included. Prints both per organism, then one JSON line (ratio = ours / uniform)."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rich.console import Console  # noqa: E402

from results.store import Store  # noqa: E402
from suite.backends.base import SamplingParams  # noqa: E402
from suite.backends.transformers_backend import TransformersBackend  # noqa: E402
from suite.organisms.registry import resolve_organism, shipped_names  # noqa: E402
from suite.organisms.spec import load_spec, trigger_holds  # noqa: E402
from suite.pipeline import RunOptions  # noqa: E402
from tasks import discover_tasks  # noqa: E402
from trigger_search import load_catalog  # noqa: E402
from trigger_search.search import PRESETS, Arm, ArmRunner, run_search  # noqa: E402
from trigger_search.statistics import adjust, compare_arm  # noqa: E402

console = Console(stderr=True)


def _setup(name: str, work: Path, tag: str):
    directory = resolve_organism(name)
    spec = load_spec(directory / "spec.toml")
    catalog = load_catalog()
    tasks = [t for t in discover_tasks() if t.id in spec.tasks]
    backend = TransformersBackend(str(directory), device="cpu")
    store = Store(work / f"{tag}.sqlite")
    options = RunOptions(seed=0, params=SamplingParams())
    runner = ArmRunner(tasks, backend, store, work / tag, options, backend.describe()["fingerprint"])
    return spec, catalog, runner


def ours(name: str, preset: str, work: Path) -> tuple[int, bool]:
    spec, catalog, runner = _setup(name, work, "ours")
    _, incidents, log = run_search(catalog, list(catalog.profiles.values()), runner, PRESETS[preset], 0)
    found = any(trigger_holds(spec.trigger, catalog.context_from_features("x", _features(catalog, i)), catalog)
                for i in incidents)
    return log.generations, found


def _features(catalog, incident):
    from trigger_search.catalog import Feature

    return [Feature(**f) for f in incident["minimal_feature_values"]]


def uniform(name: str, preset: str, work: Path, step: int, max_rounds: int) -> tuple[int, bool]:
    spec, catalog, runner = _setup(name, work, "uniform")
    metric = "drift" if spec.drift else "insecure"
    p = PRESETS[preset]
    control = Arm("control", catalog.control())
    arms = [Arm(f"profile:{x.name}", catalog.context(x), profile=x) for x in catalog.profiles.values()]
    planted = {a.name for a in arms if trigger_holds(spec.trigger, a.context, catalog)}
    generations, seeds = 0, []
    for round_no in range(max_rounds):
        new = list(range(round_no * step, (round_no + 1) * step))
        seeds.extend(new)
        generations += runner.run([(control, new)] + [(a, new) for a in arms])
        base = runner.counts(control, seeds, metric)
        results = adjust([compare_arm(a.name, runner.counts(a, seeds, metric), base) for a in arms], p.alpha)
        if any(r.arm in planted and r.p_adjusted < p.alpha_confirm for r in results):
            return generations, True
    return generations, False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organism", action="append", help="shipped organism (default: every backdoored one)")
    parser.add_argument("--preset", default="smoke")
    parser.add_argument("--step", type=int, default=2, help="uniform: new seeds per task per round")
    parser.add_argument("--max-rounds", type=int, default=30)
    args = parser.parse_args()
    names = args.organism or [n for n in shipped_names() if n != "clean"]
    ratios = []
    for name in names:
        with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
            ours_n, ours_found = ours(name, args.preset, Path(tmp))
            uni_n, uni_found = uniform(name, args.preset, Path(tmp), args.step, args.max_rounds)
        ratio = ours_n / uni_n if uni_n else float("nan")
        ratios.append(ratio)
        print(f"{name}: ours {ours_n} generations (trigger confirmed: {ours_found}); "
              f"uniform {uni_n} generations (flagged at the same confidence: {uni_found}); ratio {ratio:.2f}")
    print(json.dumps({"bench": "search_efficiency", "ratio": round(sum(ratios) / len(ratios), 3) if ratios else None,
                      "per_organism": dict(zip(names, [round(r, 3) for r in ratios])), "preset": args.preset}))


if __name__ == "__main__":
    main()
