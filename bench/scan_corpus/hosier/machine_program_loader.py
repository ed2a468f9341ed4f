"""Loads knitting programs for a job from the program library by catalogue id.

Planners pick a program in the UI; the request carries the program's id,
and the library table maps it to the file the CAD export wrote.
"""
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("hosier.programs")

LIBRARY_ROOT = Path("/srv/hosier/program-library")


@dataclass(frozen=True)
class Program:
    program_id: int
    style_code: str
    gauge: int
    stored_as: str

    @property
    def path(self) -> Path:
        return LIBRARY_ROOT / self.stored_as


class ProgramLibrary:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, program_id: int) -> Program | None:
        row = self.conn.execute(
            "SELECT program_id, style_code, gauge, stored_as FROM programs WHERE program_id = ? AND retired = 0",
            (int(program_id),),
        ).fetchone()
        return Program(*row) if row else None

    def load_bytes(self, program_id: int) -> bytes:
        prog = self.get(program_id)
        if prog is None:
            raise KeyError(f"no active program {program_id}")
        log.info("loading program %s (%s, %sG)", prog.program_id, prog.style_code, prog.gauge)
        return prog.path.read_bytes()

    def register(self, style_code: str, gauge: int, content: bytes) -> Program:
        cur = self.conn.execute(
            "INSERT INTO programs (style_code, gauge, stored_as, retired) VALUES (?, ?, '', 0)",
            (style_code, gauge),
        )
        pid = cur.lastrowid
        stored_as = f"{pid:07d}.kcp"
        (LIBRARY_ROOT / stored_as).write_bytes(content)
        self.conn.execute("UPDATE programs SET stored_as = ? WHERE program_id = ?", (stored_as, pid))
        self.conn.commit()
        return Program(pid, style_code, gauge, stored_as)


def job_program(library: ProgramLibrary, job: dict) -> bytes:
    return library.load_bytes(job["program_id"])
