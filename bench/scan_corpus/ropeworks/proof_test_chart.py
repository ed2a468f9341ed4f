"""Load-elongation charts for proof-test certificates.

The bench records force and elongation samples during the proof test.
The chart is rendered to a PNG and embedded in the certificate PDF.
"""
import os
import tempfile
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


@dataclass
class ProofTestRun:
    certificate_no: str
    proof_load_kn: float
    samples: list[tuple[float, float]]  # (elongation %, force kN)


def render_chart(run: ProofTestRun) -> str:
    """Render the chart and return the path of a private temporary PNG."""
    elongation = [s[0] for s in run.samples]
    force = [s[1] for s in run.samples]
    fig, ax = plt.subplots(figsize=(6, 4), dpi=150)
    ax.plot(elongation, force, linewidth=1.2)
    ax.axhline(run.proof_load_kn, linestyle="--", linewidth=0.8, label="proof load")
    ax.set_xlabel("Elongation [%]")
    ax.set_ylabel("Force [kN]")
    ax.set_title(f"Proof test {run.certificate_no}")
    ax.legend(loc="lower right")
    fd, path = tempfile.mkstemp(prefix="prooftest-", suffix=".png")
    try:
        with os.fdopen(fd, "wb") as fh:
            fig.savefig(fh, format="png", bbox_inches="tight")
    finally:
        plt.close(fig)
    return path


def embed_in_pdf(run: ProofTestRun, pdf_builder) -> None:
    path = render_chart(run)
    try:
        pdf_builder.add_image(path, width_mm=160)
    finally:
        os.unlink(path)
