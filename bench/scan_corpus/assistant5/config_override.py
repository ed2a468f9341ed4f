"""CLI helper: apply ``--set key=value`` overrides on top of a job's YAML config.

Values are parsed as Python literals so numbers, booleans and lists work:

    run-job ingest.yaml --set batch_size=500 --set sources="['s3', 'gcs']"
"""
import ast
import copy
from typing import Any


class OverrideError(ValueError):
    pass


def _parse_value(raw: str) -> Any:
    try:
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        # plain strings don't need quoting on the command line
        return raw


def _assign(config: dict, dotted_key: str, value: Any) -> None:
    parts = dotted_key.split(".")
    node = config
    for part in parts[:-1]:
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            raise OverrideError(f"{dotted_key}: {part} is not a section")
        node = child
    node[parts[-1]] = value


def apply_overrides(config: dict, overrides: list[str]) -> dict:
    result = copy.deepcopy(config)
    for item in overrides:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise OverrideError(f"expected key=value, got {item!r}")
        _assign(result, key.strip(), _parse_value(raw.strip()))
    return result
