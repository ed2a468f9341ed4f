"""Render official transcripts to PDF with LaTeX.

Called by the transcript-request worker after the order has been paid.
"""
import logging
import string
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

TEMPLATE = Path(__file__).parent / "templates" / "transcript.tex"
LATEXMK = "latexmk -pdf -interaction=nonstopmode -halt-on-error"

_TEX_SPECIALS = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                 "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}",
                 "\\": r"\textbackslash{}"}


def _tex_escape(value: str) -> str:
    return "".join(_TEX_SPECIALS.get(ch, ch) for ch in value)


def _term_rows(terms) -> str:
    rows = []
    for term in terms:
        for c in term.courses:
            rows.append(f"{term.code} & {_tex_escape(c.title)} & {c.credits} & {c.grade} \\\\")
    return "\n".join(rows)


def render_transcript(order, output_dir: Path) -> Path:
    student = order.student
    tex = string.Template(TEMPLATE.read_text(encoding="utf-8")).substitute(
        name=_tex_escape(student.legal_name),
        student_id=student.student_id,
        rows=_term_rows(order.terms),
        issued_to=_tex_escape(order.recipient_name),
    )
    jobname = f"transcript_{student.student_id}_{order.recipient_name.replace(' ', '_')}"
    with tempfile.TemporaryDirectory(prefix="transcript-") as workdir:
        tex_path = Path(workdir) / "transcript.tex"
        tex_path.write_text(tex, encoding="utf-8")
        cmd = f"{LATEXMK} -jobname={jobname} -outdir={output_dir} {tex_path}"
        log.info("rendering transcript for order %s", order.id)
        subprocess.run(cmd, shell=True, check=True, cwd=workdir, timeout=120)
    return output_dir / f"{jobname}.pdf"
