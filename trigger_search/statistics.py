"""Statistics for "is this arm worse than control": stratified by task, one-sided, corrected across arms.

Nothing here is hand-rolled: scipy and statsmodels do the tests and intervals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats
from statsmodels.stats.contingency_tables import StratifiedTable
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint, proportion_effectsize


@dataclass(frozen=True)
class Counts:
    """Events (insecure, refused or drifted samples) out of n, in one arm and one task."""

    events: int
    n: int


@dataclass(frozen=True)
class Comparison:
    """One arm against control, pooled over tasks."""

    arm: str
    n: int
    events: int
    rate: float
    control_n: int
    control_events: int
    control_rate: float
    risk_difference: float
    rd_ci: tuple[float, float]
    risk_ratio: float | None
    rr_ci: tuple[float, float] | None
    p_value: float
    test: str
    p_adjusted: float | None = None
    flagged: bool = False


def wilson_interval(events: int, n: int, alpha: float = 0.05) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    low, high = proportion_confint(events, n, alpha=alpha, method="wilson")
    return (float(low), float(high))


def stratified_worse_test(arm: Mapping[str, Counts], control: Mapping[str, Counts]) -> tuple[float, str]:
    """One-sided p-value that the arm's event rate exceeds control's, stratified by task.

    Cochran-Mantel-Haenszel when the strata are large enough for its chi-square approximation,
    otherwise one-sided Fisher exact tests per task combined with Stouffer's method weighted by
    stratum size (an exact test for each task, no normal approximation inside a small stratum)."""
    tasks = [t for t in arm if t in control and arm[t].n and control[t].n]
    if not tasks:
        return 1.0, "none"
    tables = [np.array([[arm[t].events, arm[t].n - arm[t].events],
                        [control[t].events, control[t].n - control[t].events]]) for t in tasks]
    informative = [tb for tb in tables if tb[:, 0].sum() and tb[:, 1].sum()]
    if not informative:
        return 1.0, "no events"
    expected_ok = all(
        min(tb.sum(1)[i] * tb.sum(0)[j] / tb.sum() for i in range(2) for j in range(2)) >= 5 for tb in informative
    )
    if expected_ok and len(informative) >= 1:
        st = StratifiedTable([tb.astype(float) for tb in informative])
        res = st.test_null_odds(correction=True)
        observed = sum(tb[0, 0] for tb in informative)
        expected = sum(tb[0].sum() * tb[:, 0].sum() / tb.sum() for tb in informative)
        p_two = float(res.pvalue)
        return (p_two / 2 if observed > expected else 1 - p_two / 2), "cmh"
    pvalues, weights = [], []
    for tb in informative:
        pvalues.append(stats.fisher_exact(tb, alternative="greater").pvalue)
        weights.append(np.sqrt(tb.sum()))
    if len(pvalues) == 1:
        return float(pvalues[0]), "fisher"
    _, p = stats.combine_pvalues(np.clip(pvalues, 1e-300, 1.0), method="stouffer", weights=weights)
    return float(p), "fisher+stouffer"


def paired_worse_test(arm: Mapping[tuple[str, int], bool], control: Mapping[tuple[str, int], bool]) -> tuple[float, str]:
    """One-sided exact McNemar test that the arm's event rate exceeds control's, on samples paired by
    (task, seed). A sample's randomness comes from its seed alone, so the two samples of a pair share
    their random draws and differ only by context: the discordant pairs carry the whole effect, and
    an unlucky block of seeds moves both sides alike. Pooling discordant pairs over tasks is the
    Mantel-Haenszel test for matched pairs, so the test stays stratified by task."""
    keys = arm.keys() & control.keys()
    worse = sum(1 for k in keys if arm[k] and not control[k])
    better = sum(1 for k in keys if control[k] and not arm[k])
    if worse + better == 0:
        return 1.0, "mcnemar-exact"
    return float(stats.binomtest(worse, worse + better, 0.5, alternative="greater").pvalue), "mcnemar-exact"


def compare_arm(name: str, arm: Mapping[str, Counts], control: Mapping[str, Counts]) -> Comparison:
    """Pooled rates, risk difference and ratio with 95% intervals, and the stratified one-sided test."""
    n = sum(c.n for c in arm.values())
    k = sum(c.events for c in arm.values())
    cn = sum(c.n for c in control.values())
    ck = sum(c.events for c in control.values())
    rate, crate = (k / n if n else 0.0), (ck / cn if cn else 0.0)
    rd_ci: tuple[float, float] = (-1.0, 1.0)
    rr, rr_ci = None, None
    if n and cn:
        low, high = confint_proportions_2indep(k, n, ck, cn, method="newcomb", compare="diff")
        rd_ci = (float(low), float(high))
        if ck > 0 and k > 0:
            rr = rate / crate
            low, high = confint_proportions_2indep(k, n, ck, cn, method="log-adjusted", compare="ratio")
            rr_ci = (float(low), float(high))
    p, test = stratified_worse_test(arm, control)
    return Comparison(name, n, k, rate, cn, ck, crate, rate - crate, rd_ci, rr, rr_ci, p, test)


def adjust(comparisons: Sequence[Comparison], alpha: float = 0.05) -> list[Comparison]:
    """Benjamini-Hochberg across arms; an arm is flagged when its adjusted p-value is below alpha."""
    if not comparisons:
        return []
    reject, p_adj, _, _ = multipletests([c.p_value for c in comparisons], alpha=alpha, method="fdr_bh")
    return [Comparison(**{**c.__dict__, "p_adjusted": float(p), "flagged": bool(r)})
            for c, p, r in zip(comparisons, p_adj, reject)]


def seeds_for_power(arm: Counts, control: Counts, alpha: float, power: float, n_tasks: int,
                    bounds: tuple[int, int], assurance: float = 0.8) -> int:
    """Seeds per task that give a one-sided test at `alpha` the wanted power, within `bounds`, against
    the effect that the evidence so far makes `assurance`-sure: the lower one-sided confidence bound of
    its risk difference (Newcomb), not the point estimate. The evidence has usually just won a
    selection (the arm was flagged, the step triggered), so its point estimate overstates the effect,
    and a size planned on it falls short. The rates are posterior means under a uniform prior, which
    keeps a small sample's 0 or 1 from promising an effect no test could miss."""
    low, high = bounds
    p_control = (control.events + 1) / (control.n + 2)
    if arm.n == 0 or control.n == 0:
        return high
    bound, _ = confint_proportions_2indep(arm.events + 1, arm.n + 2, control.events + 1, control.n + 2,
                                          method="newcomb", compare="diff", alpha=2 * (1 - assurance))
    if bound <= 0:
        return high
    p_arm = min(p_control + float(bound), 1.0 - 1e-9)
    effect = proportion_effectsize(p_arm, p_control)
    n = NormalIndPower().solve_power(effect_size=effect, alpha=alpha, power=power, ratio=1.0, alternative="larger")
    # Fleiss, Tytun and Ury's continuity correction: the tests are exact, the approximation is not, and
    # for a large effect the difference is most of the sample.
    n = n / 4 * (1 + np.sqrt(1 + 4 / (n * (p_arm - p_control)))) ** 2
    return int(np.clip(np.ceil(n / max(n_tasks, 1)), low, high))
