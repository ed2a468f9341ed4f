"""Parse `--set key=value` overrides for the batch CLI."""
from __future__ import annotations

import argparse
import ast
from typing import Any


def parse_override(item: str) -> tuple[str, Any]:
    """`retries=3` -> ("retries", 3); `tags=['a','b']` -> ("tags", ["a", "b"])."""
    key, sep, raw = item.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"expected key=value, got {item!r}")
    try:
        value: Any = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        value = raw
    return key.strip(), value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="batchctl")
    parser.add_argument("job")
    parser.add_argument("--set", dest="overrides", type=parse_override, action="append", default=[])
    return parser


def main(argv: list[str] | None = None) -> dict[str, Any]:
    args = build_parser().parse_args(argv)
    return {"job": args.job, **dict(args.overrides)}
