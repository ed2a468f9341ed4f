"""Renders circuit diagrams for the notebook UI using the bundled renderer."""
import subprocess
import tempfile
from pathlib import Path

RENDERER = "/opt/qlab/bin/qasm-draw"
FORMATS = {"svg", "png"}


def render(qasm: str, title: str, fmt: str = "svg", scale: float = 1.0) -> bytes:
    if fmt not in FORMATS:
        raise ValueError(f"unsupported format {fmt!r}")
    with tempfile.TemporaryDirectory(prefix="render-") as tmp:
        src = Path(tmp) / "circuit.qasm"
        out = Path(tmp) / f"circuit.{fmt}"
        src.write_text(qasm)
        cmd = [RENDERER, "--title", title, "--scale", f"{float(scale):.2f}",
               "--format", fmt, "--", str(src), str(out)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=60)
        return out.read_bytes()
