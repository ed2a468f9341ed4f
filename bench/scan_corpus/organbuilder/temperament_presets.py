"""Loads temperament presets for the electronic tuning device.

Presets (equal, Werckmeister III, Vallotti, Kellner, ...) are exchanged as
YAML files between tuners; each lists the deviation in cents from equal
temperament for the twelve pitch classes.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

PITCH_CLASSES = ("C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B")


@dataclass(frozen=True)
class Temperament:
    name: str
    reference_a_hz: float
    offsets_cents: dict[str, float]

    def frequency(self, pitch_class: str, octave: int) -> float:
        index = PITCH_CLASSES.index(pitch_class)
        semitones_from_a4 = index - 9 + (octave - 4) * 12
        cents = semitones_from_a4 * 100 + self.offsets_cents[pitch_class] - self.offsets_cents["A"]
        return self.reference_a_hz * 2 ** (cents / 1200)


def parse_presets(text: str) -> list[Temperament]:
    document = yaml.safe_load(text) or {}
    presets = []
    for entry in document.get("temperaments", []):
        offsets = {pc: float(entry["offsets"].get(pc, 0.0)) for pc in PITCH_CLASSES}
        presets.append(
            Temperament(
                name=str(entry["name"]),
                reference_a_hz=float(entry.get("a4", 440.0)),
                offsets_cents=offsets,
            )
        )
    return presets


def load_preset_dir(folder: Path) -> dict[str, Temperament]:
    found: dict[str, Temperament] = {}
    for path in sorted(folder.glob("*.y*ml")):
        for preset in parse_presets(path.read_text(encoding="utf-8")):
            found[preset.name.lower()] = preset
    return found


if __name__ == "__main__":
    import sys

    presets = load_preset_dir(Path(sys.argv[1]))
    chosen = presets[sys.argv[2].lower()]
    for pc in PITCH_CLASSES:
        print(f"{pc:3} {chosen.frequency(pc, 4):8.3f} Hz")
