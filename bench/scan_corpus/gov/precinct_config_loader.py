"""Load precinct configuration files for election-night tabulation.

Counties maintain one YAML file per election listing precincts, the
tabulator serials assigned to each, and the reporting group.
"""
import logging
from dataclasses import dataclass
from pathlib import Path

import yaml

log = logging.getLogger("tabulation.config")

YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Precinct:
    code: str
    name: str
    tabulators: tuple[str, ...]
    reporting_group: str


def read_precinct_file(path: Path) -> list[Precinct]:
    with path.open("r", encoding="utf-8") as fh:
        doc = yaml.load(fh, Loader=YAML_LOADER)
    if not isinstance(doc, dict) or "precincts" not in doc:
        raise ValueError(f"{path.name}: expected a 'precincts' list")
    precincts = [
        Precinct(
            code=str(p["code"]),
            name=p["name"],
            tabulators=tuple(str(t) for t in p.get("tabulators", [])),
            reporting_group=p.get("group", "ELECTION_DAY"),
        )
        for p in doc["precincts"]
    ]
    log.info("%s: loaded %d precincts", path.name, len(precincts))
    return precincts


def load_county_configs(config_dir: Path) -> dict[str, list[Precinct]]:
    return {p.stem: read_precinct_file(p) for p in sorted(config_dir.glob("*.yaml"))}
