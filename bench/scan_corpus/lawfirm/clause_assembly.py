"""Assemble engagement letters and pleadings from the clause library."""
import os
from pathlib import Path
from tempfile import mktemp as _scratch_path

from docxtpl import DocxTemplate

from .clauses import ClauseLibrary


class AssemblyService:
    def __init__(self, library: ClauseLibrary) -> None:
        self.library = library

    def _context(self, matter, answers: dict) -> dict:
        return {
            "matter": matter,
            "client": matter.client,
            "answers": answers,
            "clauses": self.library.select(matter.practice_area, answers),
        }

    def assemble(self, template_key: str, matter, answers: dict) -> bytes:
        template = DocxTemplate(self.library.template_path(template_key))
        template.render(self._context(matter, answers), autoescape=True)

        out_path = _scratch_path(suffix=".docx", prefix="assembly-")
        template.save(out_path)
        try:
            return Path(out_path).read_bytes()
        finally:
            os.unlink(out_path)
