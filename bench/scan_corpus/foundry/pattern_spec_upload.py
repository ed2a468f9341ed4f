"""Upload of pattern specification files from outside pattern makers.

Pattern shops send a small YAML file with each new or reworked pattern:
shrinkage allowance, core prints, number of cavities, gating notes.
"""
from dataclasses import dataclass

import yaml
from django import forms
from django.core.exceptions import ValidationError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

REQUIRED_KEYS = {"pattern_no", "material", "shrinkage_pct", "cavities"}


@dataclass
class PatternSpec:
    pattern_no: str
    material: str
    shrinkage_pct: float
    cavities: int
    cores: list[str]
    notes: str = ""


def parse_spec(stream) -> PatternSpec:
    data = yaml.load(stream, Loader=_Loader)
    if not isinstance(data, dict):
        raise ValidationError("spec must be a mapping")
    missing = REQUIRED_KEYS - data.keys()
    if missing:
        raise ValidationError(f"missing keys: {', '.join(sorted(missing))}")
    return PatternSpec(
        pattern_no=str(data["pattern_no"]),
        material=str(data["material"]),
        shrinkage_pct=float(data["shrinkage_pct"]),
        cavities=int(data["cavities"]),
        cores=[str(c) for c in data.get("cores", [])],
        notes=str(data.get("notes", "")),
    )


class PatternSpecForm(forms.Form):
    spec_file = forms.FileField()

    def clean_spec_file(self):
        f = self.cleaned_data["spec_file"]
        if f.size > 256 * 1024:
            raise ValidationError("spec file too large")
        return parse_spec(f.read().decode("utf-8"))
