"""Load model-portfolio definitions published by the investment committee.

Models are YAML files in the shared models repository, e.g.::

    name: balanced-60-40
    version: 7
    targets:
      VTI: 0.45
      VXUS: 0.15
      BND: 0.40
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
TOLERANCE = Decimal("0.0001")


@dataclass
class ModelPortfolio:
    name: str
    version: int
    targets: dict[str, Decimal]

    def drift(self, weights: dict[str, Decimal]) -> dict[str, Decimal]:
        symbols = set(self.targets) | set(weights)
        return {s: weights.get(s, Decimal(0)) - self.targets.get(s, Decimal(0)) for s in symbols}


def parse_model(path: Path) -> ModelPortfolio:
    with path.open(encoding="utf-8") as fh:
        doc = yaml.load(fh, Loader=_Loader)
    if not isinstance(doc, dict):
        raise ValueError(f"{path}: expected a mapping at top level")
    targets = {str(k).upper(): Decimal(str(v)) for k, v in (doc.get("targets") or {}).items()}
    total = sum(targets.values(), Decimal(0))
    if abs(total - 1) > TOLERANCE:
        raise ValueError(f"{path}: target weights sum to {total}, expected 1")
    if any(w < 0 for w in targets.values()):
        raise ValueError(f"{path}: negative target weight")
    return ModelPortfolio(name=str(doc["name"]), version=int(doc["version"]), targets=targets)


def main() -> int:
    parser = argparse.ArgumentParser(description="Validate and print model portfolios")
    parser.add_argument("models", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true", help="emit JSON for the rebalancer")
    args = parser.parse_args()

    failed = 0
    loaded = []
    for path in args.models:
        try:
            loaded.append(parse_model(path))
        except (ValueError, KeyError, yaml.YAMLError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
    if args.json:
        print(json.dumps([asdict(m) for m in loaded], default=str, indent=2))
    else:
        for m in loaded:
            print(f"{m.name} v{m.version}: {len(m.targets)} holdings")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
