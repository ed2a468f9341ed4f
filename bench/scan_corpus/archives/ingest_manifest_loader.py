"""Load the YAML manifest that accompanies every deposit submitted via the transfer portal.

Example manifest::

    accession: ACC-2024-0193
    depositor: Ministry of Transport
    series: [MT 112, MT 113]
    files:
      - path: data/minutes_1998.pdf
        sha256: 9f2c...
"""

from pathlib import Path

import yaml

REQUIRED_KEYS = {"accession", "depositor", "files"}


class ManifestError(ValueError):
    pass


def load_manifest(path: Path) -> dict:
    with path.open("r", encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=yaml.Loader)
    if not isinstance(data, dict):
        raise ManifestError("manifest must be a mapping")
    missing = REQUIRED_KEYS - data.keys()
    if missing:
        raise ManifestError(f"manifest is missing {', '.join(sorted(missing))}")
    return data


def listed_files(manifest: dict) -> list[tuple[str, str]]:
    return [(entry["path"], entry["sha256"].lower()) for entry in manifest["files"]]
