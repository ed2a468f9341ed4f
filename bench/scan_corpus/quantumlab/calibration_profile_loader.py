"""Loads qubit calibration profiles uploaded by lab users or committed to
the calibration repo. Profiles are YAML documents with one entry per qubit."""
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import yaml

REQUIRED_KEYS = {"frequency_ghz", "anharmonicity_mhz", "t1_us", "t2_us", "readout_fidelity"}


@dataclass
class QubitCalibration:
    qubit: int
    frequency_ghz: float
    anharmonicity_mhz: float
    t1_us: float
    t2_us: float
    readout_fidelity: float


def parse_profile(stream: IO[str] | str) -> list[QubitCalibration]:
    doc = yaml.safe_load(stream) or {}
    qubits = doc.get("qubits", {})
    result = []
    for idx, entry in sorted(qubits.items(), key=lambda kv: int(kv[0])):
        missing = REQUIRED_KEYS - set(entry)
        if missing:
            raise ValueError(f"qubit {idx}: missing {sorted(missing)}")
        result.append(QubitCalibration(int(idx), **{k: float(entry[k]) for k in REQUIRED_KEYS}))
    return result


def load_profile(path: Path) -> list[QubitCalibration]:
    with path.open(encoding="utf-8") as fh:
        return parse_profile(fh)
