"""Renders inscription proofs (LaTeX to PDF) for customers to approve before moulding."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

TEMPLATE = r"""\documentclass{article}
\usepackage[T1]{fontenc}
\begin{document}
\centering\Huge %(inscription)s\\[1em]
\large %(bell)s -- %(parish)s
\end{document}
"""


def latex_escape(text: str) -> str:
    table = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&",
             "#": r"\#", "_": r"\_", "%": r"\%", "~": r"\textasciitilde{}", "^": r"\^{}"}
    return "".join(table.get(ch, ch) for ch in text)


@dataclass
class InscriptionProof:
    order_ref: str
    bell: str
    parish: str
    inscription: str

    def source(self) -> str:
        return TEMPLATE % {k: latex_escape(v) for k, v in
                           {"inscription": self.inscription, "bell": self.bell, "parish": self.parish}.items()}


class ProofRenderer:
    def __init__(self, output_dir: Path, engine: str = "pdflatex") -> None:
        self.output_dir = output_dir
        self.engine = shutil.which(engine) or engine

    def render(self, proof: InscriptionProof) -> Path:
        with tempfile.TemporaryDirectory(prefix="inscription-") as workdir:
            fd, tex_path = tempfile.mkstemp(suffix=".tex", dir=workdir)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(proof.source())
            subprocess.run(
                [self.engine, "-interaction=nonstopmode", "-no-shell-escape", "-output-directory", workdir, tex_path],
                check=True, capture_output=True, timeout=60,
            )
            pdf = Path(tex_path).with_suffix(".pdf")
            self.output_dir.mkdir(parents=True, exist_ok=True)
            target = self.output_dir / f"{proof.order_ref}-inscription.pdf"
            shutil.copyfile(pdf, target)
        return target


if __name__ == "__main__":
    renderer = ProofRenderer(Path(os.environ.get("PROOF_OUTPUT", "proofs")))
    out = renderer.render(InscriptionProof("ORD-7781", "Treble", "St Mary's", "GLORIA IN EXCELSIS DEO 2025"))
    print(out)
