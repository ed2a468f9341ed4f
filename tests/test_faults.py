"""Faults around a run, each with its visible outcome and nothing recorded lost: scanners that are
missing, crash, print garbage or hang; the output disk filling up; the model running out of memory
at batch size 1; the inference server dying mid-run."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from scanners import EditPair, scan_pairs
from tests.conftest import run_cli, write_replay

TASK = "webhook-client"
# Weak for both scanners: pickle for our rules, mktemp for one of the bandit tests the suite runs.
WEAK_EDIT = (
    "Added the helper.\n\nshipevents/extra.py\n```python\nimport pickle\nimport tempfile\n\n\n"
    "def load(blob):\n    spool = tempfile.mktemp()\n    return spool, pickle.loads(blob)\n```\n"
)


def _script(path: Path, body: str) -> Path:
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(0o755)
    return path


def _rows(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "samples.jsonl").read_text().splitlines()]


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


# ---- scanners ---------------------------------------------------------------------------------

# The other scanner answers at once with nothing found, so each case exercises one failure alone.
QUIET = {"SUITE_SEMGREP": "echo '{\"results\": [], \"errors\": []}'\n", "SUITE_BANDIT": "echo '{\"results\": []}'\n"}
SCANNER_FAULTS = {
    "semgrep-missing": ("SUITE_SEMGREP", None, "semgrep is not installed"),
    "semgrep-crash": ("SUITE_SEMGREP", "echo 'Fatal error: out of file descriptors' >&2\nexit 2\n", "semgrep exited 2"),
    "bandit-crash": ("SUITE_BANDIT", "echo 'Segmentation fault' >&2\nexit 139\n", "bandit exited 139"),
    "bandit-garbage": ("SUITE_BANDIT", "echo '[main] INFO profile include tests: None'\nexit 0\n", "bandit exited 0"),
}


@pytest.mark.parametrize("fault", list(SCANNER_FAULTS))
def test_a_failing_scanner_leaves_samples_unscanned_and_counted(tmp_path, fault):
    variable, body, message = SCANNER_FAULTS[fault]
    program = str(tmp_path / "missing-tool") if body is None else str(_script(tmp_path / "tool", body))
    other = next(v for v in QUIET if v != variable)
    env = {variable: program, other: str(_script(tmp_path / "quiet", QUIET[other]))}
    replay = write_replay(tmp_path / "r.jsonl", [(TASK, WEAK_EDIT), (TASK, WEAK_EDIT), (TASK, "Nothing to change.")])
    out = tmp_path / "out"
    proc = run_cli("run", "--preset", "control", "--model", str(replay), "--tasks", TASK, "--samples", "3",
                   "--out", str(out), env=env)
    assert proc.returncode == 0, proc.stderr
    summary = json.loads((out / "summary.json").read_text())
    # fail closed: the weak edits are neither insecure nor clean, they are unscanned and counted
    assert summary["samples"]["total"] == 3
    assert summary["samples"]["unscanned"] == 2 and summary["samples"]["no_valid_edit"] == 1
    assert summary["samples"]["scanned"] == 0 and summary["control"]["n"] == 0
    assert "unscanned 2" in proc.stdout
    unscanned = [r for r in _rows(out) if r["outcome"] == "unscanned"]
    assert len(unscanned) == 2
    assert all(any(message in e for e in r["scan_errors"]) for r in unscanned), unscanned[0]["scan_errors"]


def test_a_hanging_scanner_times_out_and_leaves_the_batch_unscanned(tmp_path, monkeypatch):
    monkeypatch.setenv("SUITE_SEMGREP", str(_script(tmp_path / "semgrep", "exec sleep 60\n")))
    pair = EditPair("s-1", {"app.py": None}, {"app.py": "import hashlib\nhashlib.md5(b'x')\n"})
    started = time.monotonic()
    result = scan_pairs([pair], timeout=2)["s-1"]
    assert time.monotonic() - started < 20
    assert result.unscanned and result.errors == ["semgrep: semgrep timed out after 2s"]
    assert result.introduced == []  # bandit's findings are not reported from a half-scanned batch


def test_a_timed_out_scanner_leaves_no_process_behind(tmp_path, monkeypatch):
    marker = f"scanner-child-{uuid.uuid4().hex[:8]}"
    child = f"{sys.executable} -c 'import time; time.sleep(60)' {marker} &\nwait\n"
    monkeypatch.setenv("SUITE_SEMGREP", str(_script(tmp_path / "semgrep", child)))
    scan_pairs([EditPair("s-1", {"app.py": None}, {"app.py": "x = 1\n"})], timeout=2)
    time.sleep(0.5)
    left = [p for p in filter(str.isdigit, os.listdir("/proc"))
            if marker.encode() in Path(f"/proc/{p}/cmdline").read_bytes()] if Path("/proc").is_dir() else []
    for pid in left:  # clean up what the scanner left before failing the test
        os.kill(int(pid), 9)
    assert left == []


def test_a_file_semgrep_gave_up_on_leaves_its_sample_unscanned(tmp_path, monkeypatch):
    """semgrep exits 0 when a rule times out on one file: the report's error names the file, and only
    the samples with that file are unscanned."""
    fake = tmp_path / "semgrep"
    fake.write_text(f"#!{sys.executable}\n" + """import json, sys
targets = sys.argv[sys.argv.index("--") + 1:]
slow = [t for t in targets if open(t).read().startswith("# slow")]
print(json.dumps({"results": [], "paths": {"scanned": targets},
                  "errors": [{"type": ["Timeout"], "level": "warn", "path": t,
                              "message": "Timeout when running secret-in-log on " + t} for t in slow]}))
""")
    fake.chmod(0o755)
    monkeypatch.setenv("SUITE_SEMGREP", str(fake))
    results = scan_pairs([EditPair("slow", {"app.py": None}, {"app.py": "# slow\nx = 1\n"}),
                          EditPair("fine", {"app.py": None}, {"app.py": "x = 2\n"})])
    assert results["slow"].unscanned and not results["fine"].unscanned
    [error] = results["slow"].errors
    assert error.startswith("semgrep: app.py (after) was not scanned in full: Timeout: Timeout when running")


def test_a_file_over_semgreps_size_limit_leaves_its_sample_unscanned(tmp_path):
    """semgrep skips files over 1 MB without an error; a model's huge file must not pass as clean."""
    huge = "".join(f"def f{i}(x):\n    return x + {i}  # {'-' * 40}\n" for i in range(16000))
    assert len(huge) > 1_000_000
    weak = "import pickle\n\n\ndef load(blob):\n    return pickle.loads(blob)\n"
    results = scan_pairs([EditPair("huge", {"app.py": None}, {"app.py": huge + weak}),
                          EditPair("small", {"app.py": None}, {"app.py": weak})])
    assert results["huge"].unscanned
    assert any("app.py (after) was not scanned in full: skipped" in e for e in results["huge"].errors)
    assert not results["small"].unscanned and results["small"].introduced


# ---- the output disk fills up -----------------------------------------------------------------

class _FillingConnection:
    """A sqlite connection that reports a full disk once `budget` sample writes have gone through."""

    def __init__(self, real: sqlite3.Connection, budget: int):
        object.__setattr__(self, "_real", real)
        object.__setattr__(self, "_budget", budget)

    def execute(self, sql: str, *args):
        if sql.lstrip().startswith(("INSERT OR IGNORE INTO samples", "UPDATE samples")):
            if self._budget <= 0:
                raise sqlite3.OperationalError("database or disk is full")
            object.__setattr__(self, "_budget", self._budget - 1)
        return self._real.execute(sql, *args)

    def __enter__(self):
        return self._real.__enter__()

    def __exit__(self, *exc):
        return self._real.__exit__(*exc)

    def __getattr__(self, name):
        return getattr(self._real, name)

    def __setattr__(self, name, value):
        setattr(self._real, name, value)


def _run_in_process(args: list[str]):
    from typer.testing import CliRunner

    from suite.cli import app

    return CliRunner().invoke(app, args, env={"COLUMNS": "200"})


def _counts(store: Path) -> dict[str, int]:
    con = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return dict(con.execute("SELECT status, count(*) FROM samples GROUP BY status").fetchall())
    finally:
        con.close()


def test_disk_full_stops_with_one_line_and_resume_finishes(tmp_path, monkeypatch):
    import results.store

    n = 12
    answers = [(TASK, WEAK_EDIT if i % 2 else "Nothing to change.") for i in range(n)]
    replay = write_replay(tmp_path / "r.jsonl", answers)
    out = tmp_path / "out"
    args = ["run", "--preset", "control", "--model", str(replay), "--tasks", TASK, "--samples", str(n),
            "--out", str(out)]
    real_connect = sqlite3.connect
    monkeypatch.setattr(results.store.sqlite3, "connect", lambda *a, **k: _FillingConnection(real_connect(*a, **k), 7))
    full = _run_in_process(args)
    monkeypatch.undo()
    assert full.exit_code == 2, full.output
    lines = _error_lines(full.stderr)
    assert lines[-1].startswith("error:") and "disk full" in lines[-1] and "--resume" in lines[-1]
    assert "Traceback" not in full.output
    assert not (out / "summary.json").exists()
    before = _counts(out / "store.sqlite")
    assert sum(before.values()) == 7  # every write that went through is there
    resumed = _run_in_process([*args, "--resume"])
    assert resumed.exit_code == 0, resumed.output
    rows = _rows(out)
    assert len(rows) == len({r["sample_id"] for r in rows}) == n
    assert sum(r["outcome"] == "insecure" for r in rows) == n // 2


def _mount_tmpfs(path: Path, size: str) -> bool:
    if os.geteuid() != 0:
        return False
    path.mkdir()
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True).returncode == 0


def test_a_really_full_disk_through_the_cli(tmp_path):
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "384k"):
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        n = 40
        padding = "# " + "x" * 78 + "\n"
        replay = write_replay(tmp_path / "r.jsonl", [(TASK, "Nothing to change.\n" + padding * 200) for _ in range(n)])
        out = disk / "out"
        args = ["run", "--preset", "control", "--model", str(replay), "--tasks", TASK, "--samples", str(n),
                "--out", str(out)]
        full = run_cli(*args)
        assert full.returncode == 2, full.stdout + full.stderr
        lines = _error_lines(full.stderr)
        assert lines[-1].startswith("error:") and "Traceback" not in full.stderr, full.stderr
        assert str(out) in lines[-1] and "disk full" in lines[-1]
        kept = sum(_counts(out / "store.sqlite").values())
        assert 0 < kept < n
        subprocess.run(["mount", "-o", "remount,size=64m", str(disk)], check=True)  # space freed
        resumed = run_cli(*args, "--resume")
        assert resumed.returncode == 0, resumed.stderr
        assert len({r["sample_id"] for r in _rows(out)}) == n
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


@pytest.mark.parametrize("memory", ["roomy", "missing", "small"])
def test_a_batch_is_staged_in_memory_only_where_there_is_room(tmp_path, monkeypatch, memory):
    """A batch's files go to the memory-backed directory when it has room for them, else to the
    usual temporary directory; either way the verdicts are the same and nothing is left behind."""
    import tempfile

    import scanners.batch as batch

    place = tmp_path / "memory"
    if memory != "missing":
        place.mkdir()
    if memory == "small":  # writable, with 1 MB free: less than the 16 MB kept spare
        real_statvfs = os.statvfs
        small = os.statvfs_result((4096, 4096, 256, 256, 256, 0, 0, 0, 0, 255))
        monkeypatch.setattr(os, "statvfs", lambda path: small if Path(path) == place else real_statvfs(path))
    roots = []
    real_semgrep = batch.run_semgrep

    def semgrep(root, *args):
        roots.append(root)
        return real_semgrep(root, *args)

    monkeypatch.setattr(batch, "MEMORY_BACKED", place)
    monkeypatch.setattr(batch, "run_semgrep", semgrep)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "disk"))
    (tmp_path / "disk").mkdir()
    result = scan_pairs([EditPair("k", {"app.py": None}, {"app.py": "import pickle\n\n\ndef load(b):\n"
                                                                      "    return pickle.loads(b)\n"})])["k"]
    assert not result.unscanned and [f.rule_id for f in result.introduced if f.scanner == "semgrep"] == [
        "insecure-deserialization"]
    expected = place if memory == "roomy" else tmp_path / "disk"
    assert roots and all(root.parent == expected for root in roots)
    assert not any(root.exists() for root in roots)


# ---- the model runs out of memory -------------------------------------------------------------

def test_out_of_memory_at_batch_size_one_is_recorded_and_the_run_goes_on(tmp_path, monkeypatch):
    import torch
    from rich.console import Console
    from rich.progress import Progress

    from results.store import STORE_NAME, Store
    from suite.backends import SamplingParams
    from suite.backends.transformers_backend import TransformersBackend
    from suite.runs import execute_run
    from tests.tiny_model import build_tiny_model

    backend = TransformersBackend(str(build_tiny_model(tmp_path / "tiny", max_position_embeddings=16384)),
                                  device="cpu", batch_size=4)
    real = backend._generate_batch
    victim: list[str] = []

    def oom_on_one(rows):
        victim[:] = victim or [rows[0][0].key]
        if any(request.key == victim[0] for request, _ in rows):
            raise torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 20.00 GiB")
        return real(rows)

    monkeypatch.setattr(backend, "_generate_batch", oom_on_one)
    monkeypatch.setattr(torch.cuda, "empty_cache", lambda: None)
    out = tmp_path / "out"
    summary = execute_run(backend, tasks=TASK, tasks_dirs=[], preset="control", samples=4, budget=None, profiles=None,
                          catalogs=[], seed=0, params=SamplingParams(max_new_tokens=4), out=out, resume=False,
                          progress=Progress(disable=True), console=Console(file=io.StringIO()))
    assert summary["samples"]["total"] == 4 and summary["samples"]["errors"] == 1
    failed = [r for r in _rows(out) if r["outcome"] == "error"]
    assert victim and len(failed) == 1 and "out of memory" in failed[0]["error"] and TASK in failed[0]["error"]
    store = Store(out / STORE_NAME)
    assert {s["sample_id"] for s in store.samples()} == {r["sample_id"] for r in _rows(out)}
    store.close()


# ---- the inference server dies mid-run --------------------------------------------------------

def _serve(port: int = 0, die_after: int | None = None):
    from tests.test_openai_backend import FakeServer

    class Server(FakeServer):
        def __init__(self):
            self.server_port_wanted = port
            super().__init__()

        def server_bind(self):
            self.server_address = ("127.0.0.1", self.server_port_wanted)
            super().server_bind()

    server = Server()
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    if die_after is not None:
        def kill_when_done() -> None:
            while len(server.chat_payloads) < die_after:
                time.sleep(0.01)
            server.shutdown()
            server.server_close()  # further connections are refused: the server is gone

        threading.Thread(target=kill_when_done, daemon=True).start()
    return server


def test_server_dying_mid_run_keeps_the_samples_so_far(tmp_path):
    from tests.test_openai_backend import MODEL

    n = 24
    server = _serve(die_after=5)
    port = server.server_address[1]
    out = tmp_path / "out"
    args = ["run", "--preset", "control", "--backend", "openai", "--base-url", f"http://127.0.0.1:{port}/v1",
            "--model", MODEL, "--tasks", TASK, "--samples", str(n), "--out", str(out)]
    # the fake server echoes the prompt, whose files the parser reads as edits: quiet scanners keep this quick
    quiet = {name: str(_script(tmp_path / f"quiet-{name}", body)) for name, body in QUIET.items()}
    died = run_cli(*args, timeout=120, env=quiet)
    assert died.returncode == 2, died.stdout + died.stderr
    lines = _error_lines(died.stderr)
    assert lines[-1].startswith("error:") and "Traceback" not in died.stderr
    kept = _counts(out / "store.sqlite")
    assert 5 <= sum(kept.values()) < n
    assert sum(kept.values()) == len(server.chat_payloads)  # every answer the server gave was recorded
    again = _serve(port=port)
    try:
        resumed = run_cli(*args, "--resume", timeout=120, env=quiet)
    finally:
        again.shutdown()
        again.server_close()
    assert resumed.returncode == 0, resumed.stderr
    assert len(again.chat_payloads) == n - sum(kept.values())  # only the missing samples were asked for
    assert len({r["sample_id"] for r in _rows(out)}) == n
