"""Loading of coach-authored training plans written in YAML.

Supports two custom tags on top of plain YAML:

    - !interval "5x4min @ 105% FTP / 3min"
    - !repeat {times: 3, block: [...]}
"""
import re

import yaml

_INTERVAL_RE = re.compile(
    r"(?P<reps>\d+)x(?P<work>\d+)(?P<unit>s|min) @ (?P<pct>\d+)% FTP / (?P<rest>\d+)(?P<runit>s|min)"
)


class PlanLoader(yaml.SafeLoader):
    """SafeLoader plus the plan-specific tags."""


def _seconds(value: str, unit: str) -> int:
    return int(value) * (60 if unit == "min" else 1)


def _interval(loader: PlanLoader, node: yaml.Node) -> dict:
    text = loader.construct_scalar(node)
    m = _INTERVAL_RE.fullmatch(text.strip())
    if m is None:
        raise yaml.constructor.ConstructorError(None, None, f"unrecognised interval {text!r}", node.start_mark)
    return {
        "type": "interval",
        "reps": int(m["reps"]),
        "work_s": _seconds(m["work"], m["unit"]),
        "intensity": int(m["pct"]) / 100,
        "rest_s": _seconds(m["rest"], m["runit"]),
    }


def _repeat(loader: PlanLoader, node: yaml.Node) -> dict:
    data = loader.construct_mapping(node, deep=True)
    return {"type": "repeat", "times": int(data["times"]), "block": data["block"]}


PlanLoader.add_constructor("!interval", _interval)
PlanLoader.add_constructor("!repeat", _repeat)


def load_plan(raw: bytes | str) -> dict:
    doc = yaml.load(raw, Loader=PlanLoader)
    if not isinstance(doc, dict) or "weeks" not in doc:
        raise ValueError("plan must be a mapping with a 'weeks' key")
    return doc
