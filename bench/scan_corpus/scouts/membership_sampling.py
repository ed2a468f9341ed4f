"""Draw a stratified sample of members for the annual programme survey.

The seed is fixed so the research team can regenerate exactly the same
sample list when they reconcile responses.
"""

import numpy as np
import pandas as pd

SURVEY_SEED = 20240901
SAMPLE_FRACTION = 0.08
MIN_PER_STRATUM = 5


def stratified_sample(members: pd.DataFrame, fraction: float = SAMPLE_FRACTION, seed: int = SURVEY_SEED) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    picks = []
    for (_region, _section), group in members.groupby(["region", "section_type"]):
        n = max(MIN_PER_STRATUM, int(round(len(group) * fraction)))
        n = min(n, len(group))
        idx = rng.choice(group.index.to_numpy(), size=n, replace=False)
        picks.append(members.loc[idx])
    return pd.concat(picks).sort_values(["region", "section_type", "membership_number"])


def main(src: str, dest: str) -> None:
    members = pd.read_parquet(src, columns=["membership_number", "region", "section_type", "contact_opt_in"])
    eligible = members[members["contact_opt_in"]]
    sample = stratified_sample(eligible)
    sample[["membership_number", "region", "section_type"]].to_csv(dest, index=False)
    print(f"Sampled {len(sample)} of {len(eligible)} eligible members")


if __name__ == "__main__":
    import sys

    main(sys.argv[1], sys.argv[2])
