"""Expansion of ``matrix:`` blocks in pipeline definitions into concrete jobs."""
import ast
import itertools

MAX_COMBINATIONS = 256


class MatrixError(ValueError):
    pass


def _coerce_axis(name: str, value) -> list:
    """Axis values are normally YAML lists, but older pipeline generators
    write them as a string such as ``"['3.11', '3.12']"``."""
    if isinstance(value, str):
        try:
            value = ast.literal_eval(value)
        except (ValueError, SyntaxError, RecursionError) as exc:
            raise MatrixError(f"axis {name!r}: cannot parse {value!r}") from exc
    if not isinstance(value, (list, tuple)) or not value:
        raise MatrixError(f"axis {name!r} must be a non-empty list")
    return list(value)


def expand(job_name: str, job: dict) -> dict[str, dict]:
    matrix = job.get("matrix")
    if not matrix:
        return {job_name: job}
    axes = {name: _coerce_axis(name, values) for name, values in matrix.items()}
    combos = list(itertools.product(*axes.values()))
    if len(combos) > MAX_COMBINATIONS:
        raise MatrixError(f"{job_name}: matrix expands to {len(combos)} jobs (max {MAX_COMBINATIONS})")

    base = {k: v for k, v in job.items() if k != "matrix"}
    expanded = {}
    for combo in combos:
        values = dict(zip(axes, combo))
        variables = dict(base.get("variables", {}))
        variables.update({k.upper(): str(v) for k, v in values.items()})
        label = ", ".join(str(v) for v in combo)
        expanded[f"{job_name} ({label})"] = {**base, "variables": variables}
    return expanded
