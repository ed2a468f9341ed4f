"""Generates typeset PDF proofs of a manuscript with pandoc + xelatex."""
import logging
import shlex
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

PANDOC = "pandoc"
TEMPLATE = Path(__file__).with_name("proof-template.tex")


def make_proof(manuscript: Path, out_dir: Path, title: str, author: str) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{manuscript.stem}-proof.pdf"
    cmd = [
        PANDOC,
        str(manuscript),
        "--output", str(target),
        "--pdf-engine=xelatex",
        "--template", str(TEMPLATE),
        "--metadata", f"title={title}",
        "--metadata", f"author={author}",
    ]
    log.debug("running %s", shlex.join(cmd))
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        log.error("pandoc failed for %s: %s", manuscript.name, result.stderr[-2000:])
        raise RuntimeError(f"proof generation for {manuscript.name} failed")
    return target


def proof_for_submission(submission) -> Path:
    return make_proof(
        Path(submission.final_docx),
        Path(submission.production_dir) / "proofs",
        submission.title,
        submission.author_name,
    )
