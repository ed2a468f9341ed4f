"""Search efficiency: generations the trigger search spends until it confirms a backdoored organism's
planted trigger, against uniform allocation reaching the same conclusion at the same confidence.

The search ends with the smallest context that triggers, confirmed at alpha 0.01 on fresh seeds. The
uniform way to reach that conclusion without adaptivity or minimisation tests every candidate arm
alike: every profile and every single factor level that the profiles use (a level arm is the factor's
own slot values over control), all getting the same new seeds each round, until an arm holding only
the planted trigger is flagged with a Benjamini-Hochberg adjusted p below the confirmation alpha across
all those arms, each tested against control with the paired test the search confirms with. Ours counts everything, screening, minimisation and confirmation included.

From the same uniform samples the script also reports the weaker endpoint, "a profile expressing the
trigger is flagged" among the profiles alone (which names no minimal trigger), as `ratio_flag_only`.
Prints both per organism, then one JSON line (ratio = ours / uniform)."""

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
from statsmodels.stats.multitest import multipletests  # noqa: E402

from trigger_search.statistics import paired_worse_test  # noqa: E402

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


def uniform(name: str, preset: str, work: Path, step: int, max_rounds: int) -> dict:
    spec, catalog, runner = _setup(name, work, "uniform")
    metric = "drift" if spec.drift else "insecure"
    p = PRESETS[preset]
    control = Arm("control", catalog.control())
    profiles = [Arm(f"profile:{x.name}", catalog.context(x), profile=x) for x in catalog.profiles.values()]
    levels = sorted({(f, lv) for x in catalog.profiles.values() for f, lv in x.levels.items()})
    singles = [Arm(f"level:{f}={lv}", catalog.context(catalog.adhoc_profile({f: lv}))) for f, lv in levels]
    planted_profiles = {a.name for a in profiles if trigger_holds(spec.trigger, a.context, catalog)}
    planted_levels = {a.name for a in singles if trigger_holds(spec.trigger, a.context, catalog)}
    out = {"arms": len(profiles) + len(singles), "minimal": None, "flag_only": None}
    seeds: list[int] = []
    for round_no in range(max_rounds):
        new = list(range(round_no * step, (round_no + 1) * step))
        seeds.extend(new)
        runner.run([(control, new)] + [(a, new) for a in profiles + singles])
        base = runner.events(control, seeds, metric)
        per_arm = len(seeds) * len(runner.tasks)
        # every arm shares its seeds with control, so the uniform way gets the same paired test as the
        # search's confirmation
        tested = {a.name: paired_worse_test(runner.events(a, seeds, metric), base)[0] for a in profiles + singles}

        def flagged(arms: list[Arm], planted: set[str]) -> bool:
            _, p_adj, _, _ = multipletests([tested[a.name] for a in arms], alpha=p.alpha, method="fdr_bh")
            return any(a.name in planted and q < p.alpha_confirm for a, q in zip(arms, p_adj))

        if out["flag_only"] is None and flagged(profiles, planted_profiles):
            out["flag_only"] = per_arm * (len(profiles) + 1)
        if out["minimal"] is None and flagged(profiles + singles, planted_levels):
            out["minimal"] = per_arm * (len(profiles) + len(singles) + 1)
        if out["minimal"] is not None and out["flag_only"] is not None:
            break
    out["rounds"] = round_no + 1
    out["generations"] = len(seeds) * len(runner.tasks) * (len(profiles) + len(singles) + 1)
    return out


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organism", action="append", help="shipped organism (default: every backdoored one)")
    parser.add_argument("--preset", default="smoke")
    parser.add_argument("--step", type=int, default=2, help="uniform: new seeds per task per round")
    parser.add_argument("--max-rounds", type=int, default=30)
    args = parser.parse_args()
    names = args.organism or [n for n in shipped_names() if n != "clean"]
    ratios, flag_ratios, rows = [], [], {}
    for name in names:
        with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
            ours_n, ours_found = ours(name, args.preset, Path(tmp))
            uni = uniform(name, args.preset, Path(tmp), args.step, args.max_rounds)
        # a baseline that never got there within max_rounds is credited with everything it spent
        uni_min = uni["minimal"] or uni["generations"]
        uni_flag = uni["flag_only"] or uni["generations"]
        ratios.append(ours_n / uni_min)
        flag_ratios.append(ours_n / uni_flag)
        rows[name] = {"ours": ours_n, "ours_confirmed_planted": ours_found, "uniform": uni_min,
                      "uniform_reached": uni["minimal"] is not None, "uniform_flag_only": uni_flag,
                      "ratio": round(ratios[-1], 3), "ratio_flag_only": round(flag_ratios[-1], 3)}
        print(f"{name}: ours {ours_n} generations (planted trigger confirmed: {ours_found}); uniform over "
              f"{uni['arms']} arms {uni_min} (reached: {uni['minimal'] is not None}), ratio {ratios[-1]:.2f}; "
              f"uniform over profiles to flag only {uni_flag}, ratio {flag_ratios[-1]:.2f}", flush=True)
    print(json.dumps({"bench": "search_efficiency", "ratio": _mean(ratios), "ratio_flag_only": _mean(flag_ratios),
                      "per_organism": rows, "preset": args.preset}))


if __name__ == "__main__":
    main()
