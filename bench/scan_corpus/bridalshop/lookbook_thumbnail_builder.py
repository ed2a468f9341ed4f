"""Builds contact-sheet thumbnails for the printed seasonal lookbook."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class SheetLayout:
    tile: str = "4x5"
    geometry: str = "300x450+8+8"
    background: str = "#f7f3ee"
    font: str = "DejaVu-Serif"
    extra_args: list[str] = field(default_factory=lambda: ["-shadow", "-title", "Spring Collection"])


class ContactSheetBuilder:
    def __init__(self, layout: SheetLayout | None = None, montage: str | None = None) -> None:
        self.layout = layout or SheetLayout()
        self.montage = montage or shutil.which("montage") or "montage"

    def argv(self, photos: list[Path], output: Path) -> list[str]:
        lay = self.layout
        args = [self.montage, "-tile", lay.tile, "-geometry", lay.geometry]
        args += ["-background", lay.background, "-font", lay.font, "-label", "%t"]
        args += lay.extra_args
        args += [*map(str, photos), str(output)]
        return args

    def build(self, photos: list[Path], output: Path) -> Path:
        if not photos:
            raise ValueError("no photos selected")
        output.parent.mkdir(parents=True, exist_ok=True)
        completed = subprocess.run(self.argv(photos, output), capture_output=True, text=True, timeout=300)
        if completed.returncode != 0:
            raise RuntimeError(f"montage failed: {completed.stderr.strip()[:400]}")
        return output


def build_collection_sheets(collection_dir: Path, out_dir: Path, per_sheet: int = 20) -> list[Path]:
    photos = sorted(p for p in collection_dir.iterdir() if p.suffix.lower() in {".jpg", ".png"})
    builder = ContactSheetBuilder()
    sheets = []
    for index in range(0, len(photos), per_sheet):
        target = out_dir / f"{collection_dir.name}_sheet{index // per_sheet + 1:02d}.png"
        sheets.append(builder.build(photos[index : index + per_sheet], target))
    return sheets
