"""Parse the structured fields of data-access request forms.

The legacy request form stores the requested sample volumes as a Python-style
literal, e.g. ``{"serum": 250, "dna": [50, 50]}``; we still receive those
from the old web form.
"""
import ast
from dataclasses import dataclass

MAX_FIELD_LEN = 4000


@dataclass
class VolumeRequest:
    sample_type: str
    volumes_ul: list[int]


def parse_volumes(raw: str) -> list[VolumeRequest]:
    if len(raw) > MAX_FIELD_LEN:
        raise ValueError("volume field too long")
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError) as exc:
        raise ValueError("volume field is not a valid literal") from exc
    if not isinstance(value, dict):
        raise ValueError("expected a mapping of sample type to volume(s)")
    out = []
    for sample_type, volumes in value.items():
        if isinstance(volumes, int):
            volumes = [volumes]
        if not isinstance(sample_type, str) or not all(isinstance(v, int) and v > 0 for v in volumes):
            raise ValueError(f"invalid entry for {sample_type!r}")
        out.append(VolumeRequest(sample_type, list(volumes)))
    return out


def total_volume(requests: list[VolumeRequest]) -> int:
    return sum(sum(r.volumes_ul) for r in requests)
