"""Nightly export of treatment tables for the renal registry submission.

The national renal registry receives a quarterly extract. A nightly job
dumps the relevant tables with pg_dump into a dated file that the
registry submission tool later transforms.
"""
from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

REGISTRY_TABLES = ("treatment_sessions", "vascular_access", "lab_observations", "epo_doses")


@dataclass
class DumpSettings:
    pg_dump: str = "/usr/bin/pg_dump"
    database: str = field(default_factory=lambda: os.environ["REGISTRY_PGDATABASE"])
    host: str = field(default_factory=lambda: os.environ["REGISTRY_PGHOST"])
    user: str = field(default_factory=lambda: os.environ["REGISTRY_PGUSER"])
    out_dir: Path = Path("/srv/registry/dumps")


class RegistryDumper:
    def __init__(self, settings: DumpSettings | None = None) -> None:
        self._s = settings or DumpSettings()

    def _argv(self, target: Path, tables: tuple[str, ...]) -> list[str]:
        argv = [
            self._s.pg_dump,
            "--host", self._s.host,
            "--username", self._s.user,
            "--format", "custom",
            "--no-password",
            "--file", str(target),
        ]
        for table in tables:
            argv += ["--table", table]
        argv.append(self._s.database)
        return argv

    def run(self, day: date, tables: tuple[str, ...] = REGISTRY_TABLES) -> Path:
        unknown = set(tables) - set(REGISTRY_TABLES)
        if unknown:
            raise ValueError(f"tables not part of registry extract: {sorted(unknown)}")
        self._s.out_dir.mkdir(parents=True, exist_ok=True)
        target = self._s.out_dir / f"registry-{day:%Y%m%d}.dump"
        subprocess.run(self._argv(target, tables), check=True, timeout=3600)
        return target
