"""Load feature flags from the flags.yaml checked into the config repo."""
import os
from functools import lru_cache

import yaml

FLAGS_PATH = os.environ.get("FEATURE_FLAGS_PATH", "config/flags.yaml")


@lru_cache(maxsize=1)
def load_flags(path: str = FLAGS_PATH) -> dict[str, bool]:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    return {str(k): bool(v) for k, v in data.get("flags", {}).items()}


def is_enabled(name: str) -> bool:
    return load_flags().get(name, False)
