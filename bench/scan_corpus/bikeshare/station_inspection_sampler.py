"""Weekly selection of dock stations for the manual lock inspection round.

The sample has to be reproducible so that the field team, the city auditor and
the report generator all arrive at the same list for a given ISO week.
"""

import random
from dataclasses import dataclass
from datetime import date

import pandas as pd

SAMPLER_DEFAULTS = {
    "sample_share": 0.12,
    "min_per_district": 2,
    "always_include_faults_over": 3,
}


@dataclass(frozen=True)
class InspectionWeek:
    year: int
    week: int

    @classmethod
    def for_day(cls, day: date) -> "InspectionWeek":
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @property
    def seed(self) -> int:
        return self.year * 100 + self.week


def select_stations(stations: pd.DataFrame, week: InspectionWeek,
                    config: dict = SAMPLER_DEFAULTS) -> pd.DataFrame:
    """Return the stations to inspect, grouped by district.

    ``stations`` needs the columns station_id, district and open_faults.
    """
    rng = random.Random(week.seed)
    chosen: list[int] = []

    flagged = stations.loc[stations["open_faults"] > config["always_include_faults_over"]]
    chosen.extend(flagged["station_id"].tolist())

    for district, group in stations.groupby("district", sort=True):
        pool = sorted(set(group["station_id"]) - set(chosen))
        if not pool:
            continue
        wanted = max(config["min_per_district"], round(len(group) * config["sample_share"]))
        chosen.extend(rng.sample(pool, min(wanted, len(pool))))

    result = stations.loc[stations["station_id"].isin(chosen)].copy()
    result["inspection_week"] = f"{week.year}-W{week.week:02d}"
    return result.sort_values(["district", "station_id"]).reset_index(drop=True)


def route_order(selection: pd.DataFrame, week: InspectionWeek) -> list[int]:
    """Shuffle district visiting order so the same district is not always first."""
    districts = sorted(selection["district"].unique())
    random.Random(week.seed + 1).shuffle(districts)
    order: list[int] = []
    for district in districts:
        order.extend(selection.loc[selection["district"] == district, "station_id"])
    return order


if __name__ == "__main__":
    frame = pd.read_csv("stations.csv")
    picked = select_stations(frame, InspectionWeek.for_day(date.today()))
    print(picked.to_string(index=False))
